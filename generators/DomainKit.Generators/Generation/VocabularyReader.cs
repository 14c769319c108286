using System.Collections.Generic;
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
            var names = new List<string>();
            var type = compilation.GetTypeByMetadataName("DomainKit." + enumName);
            foreach (var member in type?.GetMembers() ?? default)
            {
                if (member is IFieldSymbol { HasConstantValue: true } field)
                {
                    names.Add(field.Name);
                }
            }

            return names.ToEquatableArray();
        }
    }
}
