using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// Merges the fields of a canonical record over its attestations, one call a field (each record model declares
    /// its fields' rules in its <c>Merge</c>): the first attestation that gives a value wins and is returned, and every
    /// later one that gives a different value is reported (DK0028). Values are compared as the diagnostic shows them.
    /// </summary>
    internal readonly struct FieldMerge<TRecord>
        where TRecord : class
    {
        private readonly List<CorpusDiagnostic> _diagnostics;
        private readonly string _record;
        private readonly List<RecordOccurrence<TRecord>> _attested;

        /// <param name="diagnostics">Where conflicts are reported.</param>
        /// <param name="record">The record type, as the diagnostic names it.</param>
        /// <param name="id">The canonical id the occurrences share.</param>
        /// <param name="attested">The occurrences of that id, the one that counts first in a conflict first.</param>
        public FieldMerge(List<CorpusDiagnostic> diagnostics, string record, string id, List<RecordOccurrence<TRecord>> attested)
        {
            _diagnostics = diagnostics;
            _record = record;
            Id = id;
            _attested = attested;
        }

        /// <summary>The canonical id the occurrences share.</summary>
        public string Id { get; }

        /// <summary>The attestations of every occurrence, by document and passage; an occurrence has one, so one occurrence's need no sort.</summary>
        public EquatableArray<AttestationModel> Attestations(Func<TRecord, EquatableArray<AttestationModel>> attestations)
            => _attested.Count == 1
                ? attestations(_attested[0].Record)
                : _attested.SelectMany(o => attestations(o.Record)).OrderBy(a => a.Document).ThenBy(a => a.Passage.Start).ThenBy(a => a.Passage.End).ToEquatableArray();

        public string? Pick(string field, Func<TRecord, string?> value) => Pick(field, value, text => text);

        public T? Pick<T>(string field, Func<TRecord, T?> value, Func<T, string> show)
            where T : class
            => PickAny(field, o => value(o) is { } v ? (v, true) : (default!, false), show).Value;

        public T? Pick<T>(string field, Func<TRecord, T?> value, Func<T, string> show)
            where T : struct
            => PickAny(field, o => value(o) is { } v ? (v, true) : (default, false), show) is { Found: true } winner ? winner.Value : null;

        /// <summary>
        /// A list field: every attestation's items, first occurrence first, each once (ordinal for strings). A
        /// record's one attestation gives its list as it is: the document's linker adds each item once.
        /// </summary>
        public EquatableArray<T> Union<T>(Func<TRecord, EquatableArray<T>> items)
            where T : IEquatable<T>
            => _attested.Count == 1 ? items(_attested[0].Record) : _attested.SelectMany(o => items(o.Record)).Distinct().ToEquatableArray();

        private (T Value, bool Found) PickAny<T>(string field, Func<TRecord, (T Value, bool Found)> value, Func<T, string> show)
        {
            (T Value, bool Found) winner = (default!, false);
            string? shown = null;
            var winnerSpan = default(SourceSpan);
            foreach (var occurrence in _attested)
            {
                var current = value(occurrence.Record);
                if (!current.Found)
                {
                    continue;
                }

                if (!winner.Found)
                {
                    winner = current;
                    winnerSpan = occurrence.Span;
                }
                else if (show(current.Value) is var other && other != (shown ??= show(winner.Value)))
                {
                    _diagnostics.Add(CorpusDiagnostic.Create(DiagnosticRules.ConflictingCanonical, occurrence.Span, _record, Id, field, other, shown, winnerSpan.ToString()));
                }
            }

            return winner;
        }
    }
}
