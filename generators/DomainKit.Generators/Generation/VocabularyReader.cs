using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;
using Microsoft.CodeAnalysis;

namespace DomainKit.Generators.Generation
{
    /// <summary>Copies the member names of the runtime's enums out of the compilation (see <see cref="RuntimeVocabulary"/>).</summary>
    internal static class VocabularyReader
    {
        public static RuntimeVocabulary Read(Compilation compilation) => new(
            Members(compilation, RuntimeVocabulary.ActorKindType),
            Members(compilation, RuntimeVocabulary.StatementKindType),
            Members(compilation, RuntimeVocabulary.BorderEventKindType),
            Members(compilation, RuntimeVocabulary.PloverType),
            Members(compilation, RuntimeVocabulary.QuantityBoundType));

        private static EquatableArray<string> Members(Compilation compilation, string enumName)
        {
            var members = new List<(long Value, string Name)>();
            var type = compilation.GetTypeByMetadataName("DomainKit." + enumName);
            foreach (var member in type?.GetMembers() ?? default)
            {
                if (member is IFieldSymbol { HasConstantValue: true } field)
                {
                    members.Add((System.Convert.ToInt64(field.ConstantValue, System.Globalization.CultureInfo.InvariantCulture), field.Name));
                }
            }

            // In value order, so a name's position is its value: the runtime's kinds are numbered 0, 1, 2, ...
            return members.OrderBy(m => m.Value).Select(m => m.Name).ToEquatableArray();
        }
    }
}
