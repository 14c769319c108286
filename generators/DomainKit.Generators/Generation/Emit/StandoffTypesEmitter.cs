using System.Collections.Generic;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;
using static DomainKit.Generators.Generation.Emit.CSharpLiteral;

namespace DomainKit.Generators.Generation.Emit
{
    /// <summary>
    /// Writes the corpus's standoff type names as string constants (<c>Types.Protein</c>, <c>RelationTypes.Equiv</c>,
    /// <c>AttributeTypes.Negation</c>), so a misspelt type is a compile error rather than an empty query. Names come
    /// from <see cref="MemberNames.ForTypeNames"/>; the values are the corpus's own strings, escaped.
    /// </summary>
    internal static class StandoffTypesEmitter
    {
        public static string Emit(SourceWriter w, StandoffTypeNames names)
        {
            Constants(w, MemberNames.Types, "The entity and event types of this corpus's standoff layer", names.Annotations);
            w.Line();
            Constants(w, MemberNames.RelationTypes, "The relation types of this corpus's standoff layer", names.Relations);
            w.Line();
            Constants(w, MemberNames.AttributeTypes, "The attribute types of this corpus's standoff layer", names.Attributes);
            return CorpusEmitter.End(w);
        }

        private static void Constants(SourceWriter w, string className, string summary, IReadOnlyList<string> typeNames)
        {
            w.Line($"/// <summary>{summary}, declared in annotation.conf or used in the annotations.</summary>");
            w.Open($"public static class {className}");
            var members = MemberNames.ForTypeNames(typeNames, className);
            for (var i = 0; i < typeNames.Count; i++)
            {
                if (i > 0)
                {
                    w.Line();
                }

                w.Line($"/// <summary><c>{DocText(typeNames[i])}</c>.</summary>");
                w.Line($"public const string {members[i]} = {String(typeNames[i])};");
            }

            w.Close();
        }
    }
}
