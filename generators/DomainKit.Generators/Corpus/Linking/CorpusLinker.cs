using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Catalogs;
using DomainKit.Generators.Corpus.Values;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// Links a parsed corpus folder into records: the actor and document catalogs, every annotation file
    /// (through <see cref="DocumentAnnotationLinker"/>), the merge of attestations that share a canonical id,
    /// and relations. Output order is ordinal by id whatever order the files came in.
    /// </summary>
    internal sealed class CorpusLinker
    {
        private readonly CorpusFiles _files;
        private readonly RuntimeVocabulary _vocabulary;
        private readonly List<CorpusDiagnostic> _diagnostics = new();
        private readonly Dictionary<string, int> _actorIds = new(StringComparer.Ordinal);
        private readonly List<ActorModel> _actors = new();
        private readonly List<TsvRow> _actorRows = new();
        private int _actorIdColumn;

        private CorpusLinker(CorpusFiles files, RuntimeVocabulary vocabulary)
        {
            _files = files;
            _vocabulary = vocabulary;
        }

        public static LinkResult Link(CorpusFiles files, RuntimeVocabulary vocabulary)
        {
            var linker = new CorpusLinker(files, vocabulary);
            var corpus = linker.Run();
            var diagnostics = linker._diagnostics
                .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Line)
                .ThenBy(d => d.Span.Column)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToEquatableArray();
            return new LinkResult(corpus, diagnostics);
        }

        private LinkedCorpus Run()
        {
            if (_files.Schema is null)
            {
                Report(DiagnosticRules.MissingSchema, SourceSpan.Corpus(_files.Folder), _files.Folder);
            }
            else
            {
                _diagnostics.AddRange(_files.Schema.Diagnostics);
            }

            LinkActors();
            var documents = LinkDocuments(out var texts);
            var context = new LinkContext(_files.Schema, _actorIds, _actors, _vocabulary, _diagnostics);
            var mentions = new List<MentionModel>();
            var statements = new List<StatementOccurrence>();
            var borderEvents = new List<BorderEventOccurrence>();
            var relations = new List<RelationOccurrence>();
            var layers = new List<StandoffLayerModel>();
            foreach (var annotations in _files.Annotations.OrderBy(a => a.Path, StringComparer.Ordinal))
            {
                _diagnostics.AddRange(annotations.Diagnostics);
                var documentId = _files.DocumentId(annotations.Path);
                if (!texts.TryGetValue(documentId, out var text))
                {
                    Report(DiagnosticRules.MissingText, SourceSpan.File(annotations.Path), System.IO.Path.GetFileName(annotations.Path), documentId + ".txt");
                    continue;
                }

                var linked = DocumentAnnotationLinker.Link(annotations, text.File, documentId, text.Index, context);
                mentions.AddRange(linked.Mentions);
                statements.AddRange(linked.Statements);
                borderEvents.AddRange(linked.BorderEvents);
                relations.AddRange(linked.Relations);
                layers.Add(linked.Layer!);
            }

            var mergedStatements = MergeStatements(statements);
            var mergedEvents = MergeBorderEvents(borderEvents);
            return new LinkedCorpus(
                documents.ToEquatableArray(),
                _actors.ToEquatableArray(),
                NameKeys().ToEquatableArray(),
                mergedStatements.ToEquatableArray(),
                mergedEvents.ToEquatableArray(),
                mentions.OrderBy(m => m.Document).ThenBy(m => m.Span.Start).ThenBy(m => m.Span.End).ThenBy(m => m.Actor).ToEquatableArray(),
                LinkRelations(relations, mergedStatements, mergedEvents, out var catalogRelations).ToEquatableArray(),
                catalogRelations.ToEquatableArray(),
                layers.OrderBy(l => l.Document).ToEquatableArray(),
                StandoffTypeNames.From(_files.Schema, layers));
        }

        /// <summary>Reads actors.tsv into the actors, in id order, with their organisations and property names.</summary>
        private void LinkActors()
        {
            var table = _files.Actors;
            if (table is null)
            {
                return;
            }

            _diagnostics.AddRange(table.Diagnostics);
            int id = table.Column("id"), name = table.Column("name"), kind = table.Column("kind"), country = table.Column("country"),
                memberOf = table.Column("memberOf"), role = table.Column("role"), aliases = table.Column("aliases");
            if (id < 0 || name < 0 || kind < 0)
            {
                return;
            }

            _actorIdColumn = id;

            var seen = new Dictionary<string, TsvRow>(StringComparer.Ordinal);
            foreach (var row in table.Rows)
            {
                var actorId = row[id].Trim();
                if (actorId.Length == 0 || row[name].Trim().Length == 0)
                {
                    Report(DiagnosticRules.InvalidTable, row.Line, "actors.tsv", "every actor needs an id and a name");
                    continue;
                }

                if (seen.TryGetValue(actorId, out var first))
                {
                    Report(DiagnosticRules.DuplicateId, row.SpanOf(id), actorId, first.Line.ToString());
                    continue;
                }

                if (RuntimeVocabulary.ResolveCatalogValue(_vocabulary.ActorKinds, row[kind].Trim()) is null)
                {
                    Report(DiagnosticRules.InvalidTable, row.SpanOf(kind), "actors.tsv",
                        $"kind '{row[kind]}' of actor '{actorId}' is not one of {string.Join(", ", _vocabulary.ActorKinds)}");
                    continue;
                }

                var countryCode = country < 0 ? string.Empty : row[country].Trim();
                if (countryCode.Length > 0 && !BorderValue.IsAlpha3(countryCode))
                {
                    Report(DiagnosticRules.InvalidTable, row.SpanOf(country), "actors.tsv",
                        $"country '{countryCode}' of actor '{actorId}' is not an ISO 3166-1 alpha-3 code such as AFG");
                    countryCode = string.Empty;
                }

                seen.Add(actorId, row);
            }

            foreach (var pair in seen.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var row = pair.Value;
                var countryCode = country < 0 ? string.Empty : row[country].Trim();
                _actorIds.Add(pair.Key, _actors.Count);
                _actorRows.Add(row);
                _actors.Add(new ActorModel(
                    pair.Key,
                    row[name].Trim(),
                    RuntimeVocabulary.ResolveCatalogValue(_vocabulary.ActorKinds, row[kind].Trim())!,
                    BorderValue.IsAlpha3(countryCode) ? countryCode : null,
                    -1,
                    role < 0 || row[role].Trim().Length == 0 ? null : row[role].Trim(),
                    Aliases(row[name].Trim(), aliases < 0 ? string.Empty : row[aliases]),
                    string.Empty,
                    OtherColumns(table, row, CorpusFileParser.ActorColumns)));
            }

            ResolveMemberships(memberOf);
            AssignMemberNames();
        }

        /// <summary>The columns of a row that DomainKit does not read, kept so that an export loses nothing.</summary>
        private static EquatableArray<CatalogColumn> OtherColumns(TsvTable table, TsvRow row, string[] known)
        {
            var columns = new List<CatalogColumn>();
            for (var i = 0; i < table.Header.Count; i++)
            {
                if (Array.IndexOf(known, table.Header[i]) < 0)
                {
                    columns.Add(new CatalogColumn(table.Header[i], row[i]));
                }
            }

            return columns.ToEquatableArray();
        }

        private static EquatableArray<string> Aliases(string name, string field)
        {
            var result = new List<string>();
            foreach (var alias in field.Split('|'))
            {
                var trimmed = alias.Trim();
                if (trimmed.Length > 0 && trimmed != name && !result.Contains(trimmed))
                {
                    result.Add(trimmed);
                }
            }

            return result.ToEquatableArray();
        }

        private void ResolveMemberships(int memberOf)
        {
            if (memberOf < 0)
            {
                return;
            }

            for (var i = 0; i < _actors.Count; i++)
            {
                var parentId = _actorRows[i][memberOf].Trim();
                if (parentId.Length == 0)
                {
                    continue;
                }

                if (!_actorIds.TryGetValue(parentId, out var parent))
                {
                    Report(DiagnosticRules.UnknownActor, _actorRows[i].SpanOf(memberOf), parentId);
                    continue;
                }

                _actors[i] = _actors[i] with { MemberOf = parent };
            }

            // Each actor has at most one parent, so every cycle is found by walking up from its first actor (by
            // index), which is reported and loses its link; every actor is walked over once.
            var state = new byte[_actors.Count]; // 0 unseen, 1 on the current walk, 2 done
            var walk = new List<int>();
            for (var i = 0; i < _actors.Count; i++)
            {
                walk.Clear();
                var current = i;
                while (current >= 0 && state[current] == 0)
                {
                    state[current] = 1;
                    walk.Add(current);
                    current = _actors[current].MemberOf;
                }

                if (current >= 0 && state[current] == 1)
                {
                    var first = walk.Skip(walk.IndexOf(current)).Min();
                    Report(DiagnosticRules.MembershipCycle, _actorRows[first].SpanOf(memberOf), _actors[first].Id);
                    _actors[first] = _actors[first] with { MemberOf = -1 };
                }

                foreach (var walked in walk)
                {
                    state[walked] = 2;
                }
            }
        }

        private static string Number(int value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

        private void AssignMemberNames()
        {
            if (_actors.Count > CorpusLimits.MaxActorProperties)
            {
                Report(DiagnosticRules.NoActorProperties, SourceSpan.File(_files.Actors!.Path), Number(_actors.Count), Number(CorpusLimits.MaxActorProperties));
                return;
            }

            var collisions = new List<NameCollision>();
            var names = MemberNames.ForActors(_actors.Select(a => a.Id).ToList(), collisions);
            foreach (var collision in collisions)
            {
                Report(DiagnosticRules.IdentifierCollision, _actorRows[collision.Actor].SpanOf(_actorIdColumn), collision.Owner, _actors[collision.Actor].Id, collision.Wanted, collision.Chosen);
            }

            for (var i = 0; i < _actors.Count; i++)
            {
                _actors[i] = _actors[i] with { MemberName = names[i] };
            }
        }

        private List<DocumentModel> LinkDocuments(out Dictionary<string, (TextFile File, int Index)> texts)
        {
            var rows = new Dictionary<string, TsvRow>(StringComparer.Ordinal);
            var table = _files.Documents;
            int id = -1, title = -1, outlet = -1, published = -1;
            if (table is not null)
            {
                _diagnostics.AddRange(table.Diagnostics);
                id = table.Column("id");
                title = table.Column("title");
                outlet = table.Column("outlet");
                published = table.Column("published");
                foreach (var row in id < 0 ? Enumerable.Empty<TsvRow>() : table.Rows)
                {
                    if (rows.TryGetValue(row[id], out var first))
                    {
                        Report(DiagnosticRules.DuplicateId, row.SpanOf(id), row[id], first.Line.ToString());
                        continue;
                    }

                    rows.Add(row[id], row);
                }
            }

            texts = new Dictionary<string, (TextFile, int)>(StringComparer.Ordinal);
            var documents = new List<DocumentModel>();
            foreach (var (text, documentId) in _files.Texts.Select(t => (t, _files.DocumentId(t.Path))).OrderBy(t => t.Item2, StringComparer.Ordinal))
            {
                _diagnostics.AddRange(text.Diagnostics);
                if (texts.ContainsKey(documentId))
                {
                    Report(DiagnosticRules.DuplicateId, SourceSpan.File(text.Path), documentId, texts[documentId].File.Path);
                    continue;
                }

                texts.Add(documentId, (text, documents.Count));
                if (!rows.TryGetValue(documentId, out var row))
                {
                    // Only a corpus with a catalog expects every document in it; a plain brat corpus has none.
                    if (table is not null)
                    {
                        Report(DiagnosticRules.UnknownDocument, SourceSpan.File(text.Path), documentId);
                    }

                    documents.Add(new DocumentModel(documentId, documentId, -1, null, text.Content, false, EquatableArray<CatalogColumn>.Empty));
                    continue;
                }

                documents.Add(new DocumentModel(
                    documentId,
                    title >= 0 && row[title].Length > 0 ? row[title] : documentId,
                    OutletOf(row, outlet),
                    PublishedOf(row, published),
                    text.Content,
                    true,
                    OtherColumns(table!, row, CorpusFileParser.DocumentColumns)));
            }

            foreach (var pair in rows.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (!texts.ContainsKey(pair.Key))
                {
                    Report(DiagnosticRules.InvalidTable, pair.Value.SpanOf(id), "documents.tsv", $"document '{pair.Key}' has no text file '{pair.Key}.txt'");
                }
            }

            return documents;
        }

        private int OutletOf(TsvRow row, int column)
        {
            var outlet = column < 0 ? string.Empty : row[column].Trim();
            if (outlet.Length == 0)
            {
                return -1;
            }

            if (_actorIds.TryGetValue(outlet, out var index))
            {
                return index;
            }

            Report(DiagnosticRules.UnknownActor, row.SpanOf(column), outlet);
            return -1;
        }

        private DateValue? PublishedOf(TsvRow row, int column)
        {
            var text = column < 0 ? string.Empty : row[column].Trim();
            if (text.Length == 0)
            {
                return null;
            }

            if (DateValue.TryParse(text, out var date))
            {
                return date;
            }

            Report(DiagnosticRules.InvalidDate, row.SpanOf(column), text);
            return null;
        }

        private List<StatementModel> MergeStatements(List<StatementOccurrence> occurrences)
        {
            var merged = new List<StatementModel>();
            foreach (var group in occurrences.GroupBy(o => o.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var attested = group.ToList();
                var conflicts = new Disagreements<StatementOccurrence>(this, "Statement", group.Key, attested, o => o.Span);
                conflicts.Check("speaker", o => _actors[o.Speaker].Id);
                conflicts.Check("kind", o => o.Kind);
                conflicts.Check("date", o => o.Date?.ToIsoString());
                conflicts.Check("Plover type", o => o.Plover);
                conflicts.Check("CAMEO code", o => o.Cameo);
                merged.Add(new StatementModel(
                    group.Key,
                    attested[0].Speaker,
                    attested.SelectMany(o => o.Addressees).Distinct().ToEquatableArray(),
                    attested.Select(o => o.Kind).FirstOrDefault(k => k is not null) ?? "Unspecified",
                    attested.Select(o => o.Date).FirstOrDefault(d => d is not null),
                    attested.Select(o => o.Attestation.Via).Where(v => v >= 0).Distinct().ToEquatableArray(),
                    attested.Select(o => o.Plover).FirstOrDefault(p => p is not null),
                    attested.Select(o => o.Cameo).FirstOrDefault(c => c is not null),
                    Attestations(attested.Select(o => o.Attestation))));
            }

            return merged;
        }

        private List<BorderEventModel> MergeBorderEvents(List<BorderEventOccurrence> occurrences)
        {
            var merged = new List<BorderEventModel>();
            foreach (var group in occurrences.GroupBy(o => o.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var attested = group.ToList();
                var conflicts = new Disagreements<BorderEventOccurrence>(this, "Border event", group.Key, attested, o => o.Span);
                conflicts.Check("kind", o => o.Kind);
                conflicts.Check("border", o => o.Border?.ToString());
                conflicts.Check("date", o => o.Date?.ToIsoString());
                conflicts.Check("count", o => o.Quantity is { } q ? $"{q.Bound} {q.Number} {q.Unit}".TrimEnd() : null);
                conflicts.Check("destination", o => o.Destination);
                conflicts.Check("source", o => o.Source);
                conflicts.Check("Plover type", o => o.Plover);
                conflicts.Check("CAMEO code", o => o.Cameo);
                merged.Add(new BorderEventModel(
                    group.Key,
                    attested.Select(o => o.Kind).FirstOrDefault(k => k is not null) ?? "Unspecified",
                    attested.Select(o => o.Border).FirstOrDefault(b => b is not null),
                    attested.SelectMany(o => o.Agents).Distinct().ToEquatableArray(),
                    attested.Select(o => o.Date).FirstOrDefault(d => d is not null),
                    attested.Select(o => o.Quantity).FirstOrDefault(q => q is not null),
                    attested.SelectMany(o => o.Locations).Distinct(StringComparer.Ordinal).ToEquatableArray(),
                    attested.Select(o => o.Destination).FirstOrDefault(d => d is not null),
                    attested.Select(o => o.Source).FirstOrDefault(s => s is not null),
                    attested.Select(o => o.Attestation.Via).Where(v => v >= 0).Distinct().ToEquatableArray(),
                    attested.Select(o => o.Plover).FirstOrDefault(p => p is not null),
                    attested.Select(o => o.Cameo).FirstOrDefault(c => c is not null),
                    Attestations(attested.Select(o => o.Attestation))));
            }

            return merged;
        }

        private static EquatableArray<AttestationModel> Attestations(IEnumerable<AttestationModel> attestations)
            => attestations.OrderBy(a => a.Document).ThenBy(a => a.Passage.Start).ThenBy(a => a.Passage.End).ToEquatableArray();

        private List<RelationModel> LinkRelations(List<RelationOccurrence> occurrences, List<StatementModel> statements, List<BorderEventModel> events,
            out List<CatalogRelationModel> catalogRelations)
        {
            catalogRelations = new List<CatalogRelationModel>();
            var ids = new HashSet<string>(statements.Select(s => s.Id).Concat(events.Select(e => e.Id)), StringComparer.Ordinal);
            var relations = new HashSet<RelationModel>();
            foreach (var occurrence in occurrences)
            {
                // An R line whose event was dropped (an error was reported for it) must not point at a missing record.
                if (ids.Contains(occurrence.FromId) && ids.Contains(occurrence.ToId))
                {
                    relations.Add(new RelationModel(occurrence.FromId, occurrence.Kind, occurrence.ToId));
                }
            }

            var table = _files.Relations;
            if (table is not null)
            {
                _diagnostics.AddRange(table.Diagnostics);
                int from = table.Column("from"), kind = table.Column("relation"), to = table.Column("to");
                foreach (var row in from < 0 || kind < 0 || to < 0 ? Enumerable.Empty<TsvRow>() : table.Rows)
                {
                    var ok = true;
                    foreach (var column in new[] { from, to })
                    {
                        if (!ids.Contains(row[column]))
                        {
                            Report(DiagnosticRules.UnknownRecord, row.SpanOf(column), row[column]);
                            ok = false;
                        }
                    }

                    if (_files.Schema is not null && _files.Schema.FindRelation(row[kind]) is null)
                    {
                        Report(DiagnosticRules.UnknownType, row.SpanOf(kind), row[kind], "a relation type");
                        ok = false;
                    }

                    if (ok)
                    {
                        relations.Add(new RelationModel(row[from], row[kind], row[to]));
                        catalogRelations.Add(new CatalogRelationModel(new RelationModel(row[from], row[kind], row[to]), OtherColumns(table, row, CorpusFileParser.RelationColumns)));
                    }
                }
            }

            return relations
                .OrderBy(r => r.From, StringComparer.Ordinal)
                .ThenBy(r => r.Kind, StringComparer.Ordinal)
                .ThenBy(r => r.To, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>
        /// The name lookup table: every name, then every alias, each finding the first actor (by id) that
        /// claims it, compared ignoring case. A key claimed by two actors is reported.
        /// </summary>
        private List<NameKey> NameKeys()
        {
            var keys = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var pass = 0; pass < 2; pass++)
            {
                for (var i = 0; i < _actors.Count; i++)
                {
                    foreach (var key in pass == 0 ? new[] { _actors[i].Name } : _actors[i].Aliases.AsSpan().ToArray())
                    {
                        if (!keys.TryGetValue(key, out var owner))
                        {
                            keys.Add(key, i);
                        }
                        else if (owner != i)
                        {
                            Report(DiagnosticRules.AmbiguousName, _actorRows[i].Line, key, _actors[owner].Id, _actors[i].Id);
                        }
                    }
                }
            }

            return keys.Select(k => new NameKey(k.Key, k.Value)).OrderBy(k => k.Key, StringComparer.Ordinal).ToList();
        }

        private void Report(DiagnosticRule rule, SourceSpan span, params string[] arguments)
            => _diagnostics.Add(CorpusDiagnostic.Create(rule, span, arguments));

        /// <summary>
        /// Compares the attestations of one canonical record field by field: the first attestation that gives a
        /// value wins (as the merge keeps it), and every later one that gives a different value is reported (DK0028).
        /// </summary>
        private readonly struct Disagreements<TOccurrence>
        {
            private readonly CorpusLinker _linker;
            private readonly string _record;
            private readonly string _id;
            private readonly List<TOccurrence> _attested;
            private readonly Func<TOccurrence, SourceSpan> _span;

            public Disagreements(CorpusLinker linker, string record, string id, List<TOccurrence> attested, Func<TOccurrence, SourceSpan> span)
            {
                _linker = linker;
                _record = record;
                _id = id;
                _attested = attested;
                _span = span;
            }

            public void Check(string field, Func<TOccurrence, string?> value)
            {
                string? winner = null;
                var winnerSpan = default(SourceSpan);
                foreach (var occurrence in _attested)
                {
                    var current = value(occurrence);
                    if (current is null)
                    {
                        continue;
                    }

                    if (winner is null)
                    {
                        winner = current;
                        winnerSpan = _span(occurrence);
                    }
                    else if (current != winner)
                    {
                        _linker.Report(DiagnosticRules.ConflictingCanonical, _span(occurrence), _record, _id, field, current, winner, winnerSpan.ToString());
                    }
                }
            }
        }
    }
}
