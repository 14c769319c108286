using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Standoff;
using DomainKit.Generators.Corpus.Values;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// Links one <c>.ann</c> file: <see cref="DocumentValidator"/> checks it, then this builds records from what
    /// passed (a <see cref="ValidatedDocument"/>): mentions, occurrences of statements and border events, relations
    /// between events, and the standoff layer. Building reports only what a record itself lacks (a speaker, a kind, a
    /// value its runtime enum has). An annotation with an error is dropped, the rest of the file still counts. A record
    /// model reads its own fields from its event (<see cref="StatementModel.Read"/>, through <see cref="IAnnotatedEvent"/>).
    /// </summary>
    internal sealed class DocumentAnnotationLinker
    {
        private readonly ValidatedDocument _validated;
        private readonly string _documentId;
        private readonly int _document;
        private readonly DocumentContext _context;
        private readonly RuntimeVocabulary _vocabulary;
        private readonly List<CorpusDiagnostic> _diagnostics;
        // Mentions and records wait for their line's index in the standoff layer, which is built last.
        private readonly List<(TextBoundAnnotation Line, int Actor)> _mentions = new();
        private readonly List<(StatementModel Record, EventAnnotation Line)> _statements = new();
        private readonly List<(BorderEventModel Record, EventAnnotation Line)> _borderEvents = new();
        private readonly List<RelationOccurrence> _relationOccurrences = new();
        private readonly HashSet<string> _acceptedEvents = new();

        // Attributes that passed validation but name a value the runtime's enum lacks: left out of the standoff layer.
        private readonly HashSet<string> _rejectedAttributes = new();
        private StandoffLayerModel? _layer;

        private DocumentAnnotationLinker(ValidatedDocument validated, DocumentContext context, List<CorpusDiagnostic> diagnostics)
        {
            _validated = validated;
            _documentId = validated.Input.DocumentId;
            _document = validated.Input.Document;
            _context = context;
            _vocabulary = context.Vocabulary;
            _diagnostics = diagnostics;
        }

        /// <summary>
        /// Links one document on its own: what it yields depends only on <paramref name="input"/> and
        /// <paramref name="context"/>, so the generator caches it per document. The parser's diagnostics come first.
        /// </summary>
        public static DocumentLinkResult Link(DocumentLinkInput input, DocumentContext context)
        {
            var annotations = input.Annotations;
            if (input.Text is null)
            {
                var diagnostics = annotations.Diagnostics.ToList();
                diagnostics.Add(CorpusDiagnostic.Create(DiagnosticRules.MissingText, SourceSpan.File(annotations.Path),
                    System.IO.Path.GetFileName(annotations.Path), input.DocumentId + ".txt"));
                var (others, onNotes) = DocumentLinkResult.SplitNoteDiagnostics(diagnostics, annotations.Notes.Select(n => n.Span));
                return new DocumentLinkResult
                {
                    Mentions = EquatableArray<MentionModel>.Empty,
                    Statements = EquatableArray<RecordOccurrence<StatementModel>>.Empty,
                    BorderEvents = EquatableArray<RecordOccurrence<BorderEventModel>>.Empty,
                    Relations = EquatableArray<RelationOccurrence>.Empty,
                    Layer = null,
                    Diagnostics = others,
                    NoteDiagnostics = onNotes,
                };
            }

            var found = annotations.Diagnostics.ToList();
            var linker = new DocumentAnnotationLinker(DocumentValidator.Validate(input, input.Text, context, found), context, found);
            linker.Run();
            var (linkDiagnostics, noteDiagnostics) = DocumentLinkResult.SplitNoteDiagnostics(linker._diagnostics, annotations.Notes.Select(n => n.Span));
            return new DocumentLinkResult
            {
                Mentions = linker.Mentions(),
                Statements = linker.Occurrences(linker._statements, (record, @event) => record with { Attestations = WithEvent(record.Attestations, @event) }),
                BorderEvents = linker.Occurrences(linker._borderEvents, (record, @event) => record with { Attestations = WithEvent(record.Attestations, @event) }),
                Relations = linker._relationOccurrences.ToEquatableArray(),
                Layer = linker._layer,
                Diagnostics = linkDiagnostics,
                NoteDiagnostics = noteDiagnostics,
            };
        }

        private void Run()
        {
            LinkMentions();
            foreach (var annotation in _validated.CheckedEvents)
            {
                if (LinkEvent(annotation))
                {
                    _acceptedEvents.Add(annotation.Id);
                }
            }

            LinkRelations();
            _layer = StandoffLayerBuilder.Build(_document, _validated.Annotations, _validated.IsValidSpan, _acceptedEvents, AcceptedAttributes(),
                _validated.AcceptedNormalizations, _validated.AcceptedRelations, _validated.AcceptedNotes, _validated.AcceptedEquivalences, SpanOf);
        }

        /// <summary>
        /// The actor mentions, each with its text-bound's index in the document's standoff layer, in the corpus's order
        /// (by span, then actor): sorted here, in the document's own cached step, the merge only puts documents in order.
        /// </summary>
        private EquatableArray<MentionModel> Mentions()
        {
            var textBounds = IndexesById(_layer!.TextBounds, t => t.Id);
            return _mentions.Select(m => new MentionModel(_document, SpanOf(m.Line), m.Actor, IndexOf(textBounds, m.Line.Id)))
                .OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End).ThenBy(m => m.Actor).ToEquatableArray();
        }

        /// <summary>
        /// The occurrences of records, each given its event's index in the document's standoff layer by
        /// <paramref name="withEvent"/> (<see cref="Refs.None"/> for an event the layer left out).
        /// </summary>
        private EquatableArray<RecordOccurrence<TRecord>> Occurrences<TRecord>(List<(TRecord Record, EventAnnotation Line)> records, Func<TRecord, int, TRecord> withEvent)
            where TRecord : class
        {
            var events = IndexesById(_layer!.Events, e => e.Id);
            return records.Select(r => new RecordOccurrence<TRecord>(withEvent(r.Record, IndexOf(events, r.Line.Id)), r.Line.Span)).ToEquatableArray();
        }

        private static EquatableArray<AttestationModel> WithEvent(EquatableArray<AttestationModel> attestations, int @event)
            => attestations.Select(a => a with { Event = @event }).ToEquatableArray();

        private static int IndexOf(Dictionary<string, int> indexes, string id) => indexes.TryGetValue(id, out var index) ? index : Refs.None;

        private static Dictionary<string, int> IndexesById<T>(EquatableArray<T> annotations, Func<T, string> id)
            where T : IEquatable<T>
        {
            var indexes = new Dictionary<string, int>(annotations.Count, StringComparer.Ordinal);
            for (var i = 0; i < annotations.Count; i++)
            {
                indexes[id(annotations[i])] = i;
            }

            return indexes;
        }

        private List<AttributeAnnotation> AcceptedAttributes()
            => _validated.Annotations.Attributes.Where(a => ReferenceEquals(_validated.Attribute(a.Target, a.Name), a) && !_rejectedAttributes.Contains(a.Id)).ToList();

        private void LinkMentions()
        {
            foreach (var t in _validated.Annotations.TextBounds)
            {
                if (t.Type != SemanticTypes.Actor || !_validated.IsValidSpan(t.Id) || !ReferenceEquals(_validated.TextBounds[t.Id], t))
                {
                    continue;
                }

                var actor = ActorOf(t.Id);
                if (actor < 0)
                {
                    if (!_validated.HasWrittenNormalization(t.Id, NormalizationDatabases.Actor))
                    {
                        Report(DiagnosticRules.UnlinkedActorMention, t.Span, t.Id, t.Text);
                    }

                    continue;
                }

                _mentions.Add((t, actor));
            }
        }

        /// <summary>Turns a checked event into an occurrence of its record; false when it cannot become one.</summary>
        private bool LinkEvent(EventAnnotation e)
        {
            if (e.Type == SemanticTypes.Statement)
            {
                return LinkStatement(e);
            }

            if (e.Type == SemanticTypes.BorderEvent)
            {
                LinkBorderEvent(e);
            }

            return true;
        }

        private bool LinkStatement(EventAnnotation e)
        {
            var annotated = new AnnotatedEvent(this, e);
            if (annotated.Actor(Roles.Speaker) < 0)
            {
                Report(DiagnosticRules.StatementWithoutSpeaker, e.Span, e.Id);
                return false;
            }

            if (annotated.Quotes(Roles.Content).Count == 0)
            {
                Report(DiagnosticRules.StatementWithoutContent, e.Span, e.Id);
                return false;
            }

            // Checked before the model reads the rest, so a statement left out reports no kind or Plover problem.
            _statements.Add((StatementModel.Read(annotated), e));
            return true;
        }

        private void LinkBorderEvent(EventAnnotation e) => _borderEvents.Add((BorderEventModel.Read(new AnnotatedEvent(this, e)), e));

        /// <summary>The accepted relations between two events, waiting for the events' canonical ids.</summary>
        private void LinkRelations()
        {
            foreach (var r in _validated.AcceptedRelations)
            {
                if (_validated.Events.ContainsKey(r.Arg1) && _validated.Events.ContainsKey(r.Arg2))
                {
                    _relationOccurrences.Add(new RelationOccurrence(EventCanonicalId(r.Arg1), r.Type, EventCanonicalId(r.Arg2)));
                }
            }
        }

        /// <summary>
        /// The passage that attests an event in this document: from the first to the last of its evidence
        /// spans, so that <c>text[start:end]</c> gives the passage back exactly.
        /// </summary>
        private AttestationModel Attest(IEnumerable<string> evidence, EquatableArray<QuoteModel> quotes, int via)
        {
            var start = int.MaxValue;
            var end = 0;
            foreach (var id in evidence)
            {
                if (_validated.IsValidSpan(id))
                {
                    var fragments = _validated.TextBounds[id].Fragments;
                    start = System.Math.Min(start, fragments.Min(f => f.Start));
                    end = System.Math.Max(end, fragments.Max(f => f.End));
                }
            }

            var passage = start == int.MaxValue
                ? new SpanModel(0, 0, string.Empty, EquatableArray<Fragment>.Empty, TextStart: 0)
                : new SpanModel(start, end, _validated.Text.Slice(start, end), EquatableArray<Fragment>.Empty, _validated.Text.ToUtf16(start));
            var direct = quotes.Count > 0 && quotes.All(q => q.Direct);
            return new AttestationModel
            {
                Document = _document,
                Passage = passage,
                Direct = direct,
                Quotes = quotes,
                Via = via,
                Event = Refs.None, // its index in the layer, which is built last (Occurrences)
            };
        }

        private string CanonicalId(EventAnnotation e, string database)
            => NormalizationOf(e.Id, database) ?? _documentId + "#" + e.Id;

        private string EventCanonicalId(string eventId)
        {
            var database = _validated.Events[eventId].Type == SemanticTypes.Statement ? NormalizationDatabases.Statement : NormalizationDatabases.Event;
            return CanonicalId(_validated.Events[eventId], database);
        }

        private string? KindOf(EventAnnotation e, string attribute, EquatableArray<string> names, string enumName)
        {
            if (!_validated.HasWrittenAttribute(e.Id, attribute))
            {
                Report(DiagnosticRules.MissingKind, e.Span, e.Type, e.Id, attribute);
            }

            return VocabularyValue(e.Id, attribute, names, enumName);
        }

        /// <summary>An attribute value the runtime enum can represent, else a diagnostic and null.</summary>
        private string? VocabularyValue(string id, string attribute, EquatableArray<string> names, string enumName)
        {
            var value = AttributeValue(id, attribute);
            if (value is not null && !RuntimeVocabulary.Contains(names, value))
            {
                var annotation = _validated.Attribute(id, attribute)!;
                _rejectedAttributes.Add(annotation.Id);
                Report(DiagnosticRules.InvalidAttribute, annotation.Span, attribute, value, id, $"DomainKit's {enumName} has no member '{value}'");
                return null;
            }

            return value;
        }

        private DateValue? DateOf(string id)
            => NormalizationOf(id, NormalizationDatabases.Date) is { } text && DateValue.TryParse(text, out var date) ? date : null;

        private BorderValue? BorderOf(string id)
            => NormalizationOf(id, NormalizationDatabases.Border) is { } text && BorderValue.TryParse(text, out var border) ? border : null;

        private QuantityValue? QuantityOf(string id)
        {
            if (NormalizationOf(id, NormalizationDatabases.Quantity) is not { } text || !QuantityValue.TryParseNumber(text, out var number))
            {
                return null;
            }

            var bound = VocabularyValue(id, Attributes.Bound, _vocabulary.QuantityBounds, RuntimeVocabulary.QuantityBoundType) ?? "Exact";
            return new QuantityValue(number, bound, AttributeValue(id, Attributes.Unit));
        }

        /// <summary>A place argument: the canonical actor name for an Actor span, else the span's text.</summary>
        private string? PlaceOf(string id)
        {
            var actor = ActorOf(id);
            if (actor >= 0)
            {
                return _context.ActorNames[actor];
            }

            return _validated.SpanTexts.TryGetValue(id, out var text) ? text : null;
        }

        private int ActorOf(string id)
            => _validated.IsValidSpan(id) && NormalizationOf(id, NormalizationDatabases.Actor) is { } actorId ? _context.ActorIndex(actorId) : -1;

        private string? NormalizationOf(string id, string database) => _validated.NormalizationOf(id, database);

        private string? AttributeValue(string id, string name) => _validated.Attribute(id, name)?.Value;

        /// <summary>The span of a valid text-bound: its text is its fragments' text in the document (<see cref="CodePointText.Join"/>), so one run's is a slice.</summary>
        private SpanModel SpanOf(TextBoundAnnotation t)
        {
            var start = t.Fragments.Min(f => f.Start);
            return t.Fragments.Count > 1
                ? new(start, t.Fragments.Max(f => f.End), _validated.SpanTexts[t.Id], t.Fragments, Refs.None)
                : new(start, t.Fragments[0].End, _validated.SpanTexts[t.Id], EquatableArray<Fragment>.Empty, _validated.Text.ToUtf16(start));
        }

        /// <summary>One event as its record model reads it (<see cref="IAnnotatedEvent"/>), through this document's lookups.</summary>
        private sealed class AnnotatedEvent : IAnnotatedEvent
        {
            private readonly DocumentAnnotationLinker _linker;
            private readonly EventAnnotation _event;

            public AnnotatedEvent(DocumentAnnotationLinker linker, EventAnnotation e)
            {
                _linker = linker;
                _event = e;
            }

            public string CanonicalId(string database) => _linker.CanonicalId(_event, database);

            public int Actor(string role)
            {
                var actor = -1;
                foreach (var target in Targets(role))
                {
                    actor = _linker.ActorOf(target);
                }

                return actor;
            }

            public EquatableArray<int> Actors(string role)
                => Targets(role).Select(_linker.ActorOf).Where(actor => actor >= 0).Distinct().ToEquatableArray();

            public EquatableArray<int> Via(string role)
                => Actor(role) is var via && via >= 0 ? new[] { via }.ToEquatableArray() : EquatableArray<int>.Empty;

            public DateValue? Date(string role) => _linker.DateOf(_event.Id) ?? First(role, _linker.DateOf);

            public BorderValue? Border(string role) => _linker.BorderOf(_event.Id) ?? First(role, _linker.BorderOf);

            public QuantityValue? Quantity(string role) => First(role, _linker.QuantityOf);

            public string? Place(string role) => First(role, _linker.PlaceOf);

            public EquatableArray<string> Places(string role)
                => Targets(role).Select(_linker.PlaceOf).OfType<string>().Distinct(StringComparer.Ordinal).ToEquatableArray();

            public string? Kind(string attribute, Func<RuntimeVocabulary, EquatableArray<string>> members, string enumName)
                => _linker.KindOf(_event, attribute, members(_linker._vocabulary), enumName);

            public string? Member(string attribute, Func<RuntimeVocabulary, EquatableArray<string>> members, string enumName)
                => _linker.VocabularyValue(_event.Id, attribute, members(_linker._vocabulary), enumName);

            public string? Normalization(string database) => _linker.NormalizationOf(_event.Id, database);

            public EquatableArray<QuoteModel> Quotes(string role)
            {
                var validated = _linker._validated;
                return Targets(role)
                    .Where(target => validated.IsValidSpan(target) && validated.TextBounds[target].Type == SemanticTypes.Quote)
                    .Select(target => new QuoteModel(_linker.SpanOf(validated.TextBounds[target]), validated.Attribute(target, Attributes.Direct) is not null))
                    .ToEquatableArray();
            }

            public EquatableArray<AttestationModel> Attestation(string? evidenceRole, EquatableArray<QuoteModel> quotes, string viaRole)
            {
                var evidence = new[] { _event.Trigger }.Concat(evidenceRole is null ? _event.Arguments.Select(a => a.Target) : Targets(evidenceRole));
                return new[] { _linker.Attest(evidence, quotes, Actor(viaRole)) }.ToEquatableArray();
            }

            private IEnumerable<string> Targets(string role) => _event.Arguments.Where(a => a.Role == role).Select(a => a.Target);

            /// <summary>The first argument of <paramref name="role"/> that <paramref name="value"/> finds a value in.</summary>
            private T? First<T>(string role, Func<string, T?> value)
            {
                foreach (var target in Targets(role))
                {
                    if (value(target) is { } found)
                    {
                        return found;
                    }
                }

                return default;
            }
        }

        private void Report(DiagnosticRule rule, SourceSpan span, params string[] arguments)
            => _diagnostics.Add(CorpusDiagnostic.Create(rule, span, arguments));
    }
}
