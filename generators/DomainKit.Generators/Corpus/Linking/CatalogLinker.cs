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
    /// Links what a corpus's documents are linked against: the schema's own diagnostics, actors.tsv (ids, kinds,
    /// memberships, property names, name keys), documents.tsv and the texts. Reads no <c>.ann</c> file.
    /// </summary>
    internal sealed class CatalogLinker
    {
        private readonly CorpusFiles _files;
        private readonly RuntimeVocabulary _vocabulary;
        private readonly List<CorpusDiagnostic> _diagnostics = new();
        private readonly Dictionary<string, int> _actorIds = new(StringComparer.Ordinal);
        private readonly List<ActorModel> _actors = new();
        private readonly List<TsvRow> _actorRows = new();

        /// <summary>Each actor's row's index in actors.tsv (<see cref="CatalogRows"/>), at the actor's index.</summary>
        private readonly List<int> _actorRowIndexes = new();
        private int _actorIdColumn;

        private CatalogLinker(CorpusFiles files, RuntimeVocabulary vocabulary)
        {
            _files = files;
            _vocabulary = vocabulary;
        }

        /// <summary>Links the catalogs of <paramref name="files"/>; its annotations are not read.</summary>
        public static CatalogLink Link(CorpusFiles files, RuntimeVocabulary vocabulary) => new CatalogLinker(files, vocabulary).Run();

        private CatalogLink Run()
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
            var documents = LinkDocuments(out var texts, out var documentRows);
            var nameKeys = NameKeys();
            var context = new DocumentContext(_files.Schema, _actors.Select(a => a.Id).ToEquatableArray(), _actors.Select(a => a.Name).ToEquatableArray(), _vocabulary);
            return new CatalogLink(_files.Folder, _actors.ToEquatableArray(), nameKeys.ToEquatableArray(), documents.ToEquatableArray(),
                texts.ToEquatableArray(), _files.Relations, new CatalogRows(_files.Actors, _actorRowIndexes.ToEquatableArray(), _files.Documents, documentRows.ToEquatableArray()),
                context, _diagnostics.ToEquatableArray());
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

            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var index = 0; index < table.Rows.Count; index++)
            {
                var row = table.Rows[index];
                var actorId = row[id].Trim();
                if (actorId.Length == 0 || row[name].Trim().Length == 0)
                {
                    Report(DiagnosticRules.InvalidTable, row.Line, "actors.tsv", "every actor needs an id and a name");
                    continue;
                }

                if (seen.TryGetValue(actorId, out var first))
                {
                    Report(DiagnosticRules.DuplicateId, row.SpanOf(id), actorId, table.Rows[first].Line.ToString());
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
                }

                seen.Add(actorId, index);
            }

            foreach (var pair in seen.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var row = table.Rows[pair.Value];
                var countryCode = country < 0 ? string.Empty : row[country].Trim();
                _actorIds.Add(pair.Key, _actors.Count);
                _actorRows.Add(row);
                _actorRowIndexes.Add(pair.Value);
                _actors.Add(new ActorModel
                {
                    Id = pair.Key,
                    Name = row[name].Trim(),
                    Kind = RuntimeVocabulary.ResolveCatalogValue(_vocabulary.ActorKinds, row[kind].Trim())!,
                    Country = BorderValue.IsAlpha3(countryCode) ? countryCode : null,
                    MemberOf = -1,
                    Role = role < 0 || row[role].Trim().Length == 0 ? null : row[role].Trim(),
                    Aliases = Aliases(row[name].Trim(), aliases < 0 ? string.Empty : row[aliases]),
                    MemberName = string.Empty,
                });
            }

            ResolveMemberships(memberOf);
            AssignMemberNames();
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

        private List<DocumentModel> LinkDocuments(out List<TextFile> documentTexts, out List<int> documentRows)
        {
            // Each document's row of documents.tsv, by its index there.
            var rows = new Dictionary<string, int>(StringComparer.Ordinal);
            var table = _files.Documents;
            int id = -1, title = -1, outlet = -1, published = -1;
            if (table is not null)
            {
                _diagnostics.AddRange(table.Diagnostics);
                id = table.Column("id");
                title = table.Column("title");
                outlet = table.Column("outlet");
                published = table.Column("published");
                for (var i = 0; id >= 0 && i < table.Rows.Count; i++)
                {
                    var row = table.Rows[i];
                    if (rows.TryGetValue(row[id], out var first))
                    {
                        Report(DiagnosticRules.DuplicateId, row.SpanOf(id), row[id], table.Rows[first].Line.ToString());
                        continue;
                    }

                    rows.Add(row[id], i);
                }
            }

            var texts = new Dictionary<string, TextFile>(StringComparer.Ordinal);
            documentTexts = new List<TextFile>();
            documentRows = new List<int>();
            var documents = new List<DocumentModel>();
            foreach (var (text, documentId) in _files.Texts.Select(t => (t, _files.DocumentId(t.Path))).OrderBy(t => t.Item2, StringComparer.Ordinal))
            {
                _diagnostics.AddRange(text.Diagnostics);
                if (texts.ContainsKey(documentId))
                {
                    Report(DiagnosticRules.DuplicateId, SourceSpan.File(text.Path), documentId, texts[documentId].Path);
                    continue;
                }

                texts.Add(documentId, text);
                documentTexts.Add(text);
                if (!rows.TryGetValue(documentId, out var rowIndex))
                {
                    // Only a corpus with a catalog expects every document in it; a plain brat corpus has none.
                    if (table is not null)
                    {
                        Report(DiagnosticRules.UnknownDocument, SourceSpan.File(text.Path), documentId);
                    }

                    documents.Add(new DocumentModel
                    {
                        Id = documentId,
                        Title = documentId,
                        Outlet = -1,
                        Published = null,
                        Text = text.Content,
                    });
                    documentRows.Add(-1);
                    continue;
                }

                var row = table!.Rows[rowIndex];
                documents.Add(new DocumentModel
                {
                    Id = documentId,
                    Title = title >= 0 && row[title].Length > 0 ? row[title] : documentId,
                    Outlet = OutletOf(row, outlet),
                    Published = PublishedOf(row, published),
                    Text = text.Content,
                });
                documentRows.Add(rowIndex);
            }

            foreach (var pair in rows.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (!texts.ContainsKey(pair.Key))
                {
                    Report(DiagnosticRules.InvalidTable, table!.Rows[pair.Value].SpanOf(id), "documents.tsv", $"document '{pair.Key}' has no text file '{pair.Key}.txt'");
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

        /// <summary>
        /// The name lookup table: every name, then every alias, each finding the first actor (by id) that
        /// claims it, compared ignoring case. A key claimed by two actors is reported.
        /// </summary>
        private List<NameKey> NameKeys()
        {
            var keys = new Dictionary<string, int>(NameKeyComparer.Instance);
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
    }
}
