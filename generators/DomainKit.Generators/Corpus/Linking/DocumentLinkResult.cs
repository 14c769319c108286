using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// What linking one <c>.ann</c> file produced, equatable so that the generator caches it per document: its mentions,
    /// its occurrences of records (merged across documents later), its checked standoff layer (null when the document
    /// has no text) and its diagnostics, the parser's included; those on its note lines are apart
    /// (<see cref="NoteDiagnostics"/>), so that the generator can split the notes off (<see cref="WithoutNotes"/>,
    /// <see cref="DocumentNotes.Of"/>).
    /// </summary>
    internal sealed record DocumentLinkResult
    {
        public required EquatableArray<MentionModel> Mentions { get; init; }
        public required EquatableArray<RecordOccurrence<StatementModel>> Statements { get; init; }
        public required EquatableArray<RecordOccurrence<BorderEventModel>> BorderEvents { get; init; }
        public required EquatableArray<RelationOccurrence> Relations { get; init; }
        public required StandoffLayerModel? Layer { get; init; }

        /// <summary>The diagnostics of every line but the notes'.</summary>
        public required EquatableArray<CorpusDiagnostic> Diagnostics { get; init; }

        /// <summary>The diagnostics on the document's note (<c>#</c>) lines.</summary>
        public required EquatableArray<CorpusDiagnostic> NoteDiagnostics { get; init; }

        /// <summary>
        /// The result without its notes and their diagnostics: after an edit that changes only notes it equals the one
        /// before, so that nothing downstream of it runs again.
        /// </summary>
        public DocumentLinkResult WithoutNotes() => this with
        {
            Layer = Layer is null ? null : Layer with { Notes = EquatableArray<NoteModel>.Empty },
            NoteDiagnostics = EquatableArray<CorpusDiagnostic>.Empty,
        };

        /// <summary>Splits <paramref name="diagnostics"/> into those on a line of <paramref name="notes"/> and the rest.</summary>
        public static (EquatableArray<CorpusDiagnostic> Others, EquatableArray<CorpusDiagnostic> OnNotes) SplitNoteDiagnostics(
            IEnumerable<CorpusDiagnostic> diagnostics, IEnumerable<SourceSpan> notes)
        {
            var noteLines = new HashSet<(string Path, int Line)>(notes.Select(n => (n.Path, n.Line)));
            var all = diagnostics.ToList();
            return (all.Where(d => !OnNote(d)).ToEquatableArray(), all.Where(OnNote).ToEquatableArray());

            bool OnNote(CorpusDiagnostic diagnostic) => !diagnostic.Span.IsCorpus && noteLines.Contains((diagnostic.Span.Path, diagnostic.Span.Line));
        }
    }
}
