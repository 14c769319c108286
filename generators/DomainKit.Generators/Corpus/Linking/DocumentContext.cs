using System;
using System.Collections.Generic;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Schema;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// What every document of a corpus is linked against: the schema, the actors' ids and canonical names (by actor
    /// index) and the runtime vocabulary. Equal when those are, so a document's link is reused until one of them
    /// changes; the id lookup is built once per context and takes no part in equality.
    /// </summary>
    internal sealed class DocumentContext : IEquatable<DocumentContext>
    {
        private Dictionary<string, int>? _actorIndex;

        public DocumentContext(AnnotationSchema? schema, EquatableArray<string> actorIds, EquatableArray<string> actorNames, RuntimeVocabulary vocabulary)
        {
            Schema = schema;
            ActorIds = actorIds;
            ActorNames = actorNames;
            Vocabulary = vocabulary;
        }

        public AnnotationSchema? Schema { get; }

        public EquatableArray<string> ActorIds { get; }

        public EquatableArray<string> ActorNames { get; }

        public RuntimeVocabulary Vocabulary { get; }

        /// <summary>The index of the actor with this id, or -1.</summary>
        public int ActorIndex(string id)
        {
            if (_actorIndex is null)
            {
                var index = new Dictionary<string, int>(ActorIds.Count, StringComparer.Ordinal);
                for (var i = 0; i < ActorIds.Count; i++)
                {
                    index.Add(ActorIds[i], i);
                }

                _actorIndex = index;
            }

            return _actorIndex.TryGetValue(id, out var actor) ? actor : -1;
        }

        public bool Equals(DocumentContext? other)
            => other is not null && (ReferenceEquals(this, other) || (Equals(Schema, other.Schema) && ActorIds.Equals(other.ActorIds)
                && ActorNames.Equals(other.ActorNames) && Vocabulary.Equals(other.Vocabulary)));

        public override bool Equals(object? obj) => obj is DocumentContext other && Equals(other);

        public override int GetHashCode() => ActorIds.Count;
    }
}
