using System;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Schema;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// The enum member names of the DomainKit runtime the corpus compiles against. The generator reads
    /// them from the compilation, so a schema value the runtime cannot represent is a diagnostic instead
    /// of generated code that does not compile.
    /// </summary>
    internal sealed record RuntimeVocabulary(
        EquatableArray<string> ActorKinds,
        EquatableArray<string> StatementKinds,
        EquatableArray<string> BorderEventKinds,
        EquatableArray<string> PloverTypes,
        EquatableArray<string> QuantityBounds)
    {
        public const string ActorKindType = "ActorKind";
        public const string StatementKindType = "StatementKind";
        public const string BorderEventKindType = "BorderEventKind";
        public const string PloverType = "PloverEventType";
        public const string QuantityBoundType = "QuantityBound";

        public static bool Contains(EquatableArray<string> names, string value) => AnnotationSchema.Contains(names, value);

        /// <summary>
        /// The vocabulary of a runtime loaded in this process (the CLI's and the tests'), in the order the generator
        /// reads it from a compilation: a name's position is its value. The generator itself uses VocabularyReader.
        /// </summary>
        public static RuntimeVocabulary Of<TActorKind, TStatementKind, TBorderEventKind, TPloverType, TQuantityBound>()
            where TActorKind : struct, Enum
            where TStatementKind : struct, Enum
            where TBorderEventKind : struct, Enum
            where TPloverType : struct, Enum
            where TQuantityBound : struct, Enum
            => new(Names<TActorKind>(), Names<TStatementKind>(), Names<TBorderEventKind>(), Names<TPloverType>(), Names<TQuantityBound>());

        private static EquatableArray<string> Names<TEnum>()
            where TEnum : struct, Enum
            => new(Enum.GetNames(typeof(TEnum)));

        /// <summary>
        /// The member a catalog value names: itself, or else the one member equal to it ignoring case
        /// (<c>person</c> is <c>Person</c>); null when there is none or more than one. Only catalogs match this
        /// way: brat attribute values stay case-sensitive, as brat compares them.
        /// </summary>
        public static string? ResolveCatalogValue(EquatableArray<string> names, string value)
        {
            if (Contains(names, value))
            {
                return value;
            }

            string? match = null;
            foreach (var name in names)
            {
                if (string.Equals(name, value, System.StringComparison.OrdinalIgnoreCase))
                {
                    if (match is not null)
                    {
                        return null;
                    }

                    match = name;
                }
            }

            return match;
        }
    }
}
