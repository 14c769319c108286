using System;
using System.Collections.Generic;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// The ids of a corpus's statements and border events, each list in ordinal order: a binary search finds an id
    /// without hashing every record's id first.
    /// </summary>
    internal sealed class RecordIds
    {
        private readonly List<string> _statements;
        private readonly List<string> _events;

        public RecordIds(List<string> statements, List<string> events)
        {
            _statements = statements;
            _events = events;
        }

        /// <summary>Whether a statement or a border event has this id.</summary>
        public bool Contains(string id)
            => _statements.BinarySearch(id, StringComparer.Ordinal) >= 0 || _events.BinarySearch(id, StringComparer.Ordinal) >= 0;
    }
}
