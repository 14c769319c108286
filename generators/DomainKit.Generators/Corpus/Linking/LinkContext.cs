using System.Collections.Generic;
using DomainKit.Generators.Corpus.Schema;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>What every document of a corpus is linked against, and where problems are collected.</summary>
    internal sealed class LinkContext
    {
        public LinkContext(AnnotationSchema? schema, IReadOnlyDictionary<string, int> actorIds, IReadOnlyList<ActorModel> actors,
            RuntimeVocabulary vocabulary, List<CorpusDiagnostic> diagnostics)
        {
            Schema = schema;
            ActorIds = actorIds;
            Actors = actors;
            Vocabulary = vocabulary;
            Diagnostics = diagnostics;
        }

        public AnnotationSchema? Schema { get; }

        public IReadOnlyDictionary<string, int> ActorIds { get; }

        public IReadOnlyList<ActorModel> Actors { get; }

        public RuntimeVocabulary Vocabulary { get; }

        public List<CorpusDiagnostic> Diagnostics { get; }
    }
}
