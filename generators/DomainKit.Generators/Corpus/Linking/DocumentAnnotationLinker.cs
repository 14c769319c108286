using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Schema;
using DomainKit.Generators.Corpus.Standoff;
using DomainKit.Generators.Corpus.Values;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// Links one <c>.ann</c> file to its text, the schema and the actor catalog: checks every span, type,
    /// role, attribute and normalization, and turns the valid annotations into mentions and occurrences of
    /// statements and border events. Every problem is a diagnostic; an annotation with an error is dropped,
    /// the rest of the file still counts.
    /// </summary>
    internal sealed class DocumentAnnotationLinker
    {
        private readonly StandoffDocument _annotations;
        private readonly CodePointText _text;
        private readonly string _documentId;
        private readonly string _textPath;
        private readonly int _document;
        private readonly AnnotationSchema? _schema;
        private readonly DocumentContext _context;
        private readonly RuntimeVocabulary _vocabulary;
        private readonly List<CorpusDiagnostic> _diagnostics = new();
        private readonly List<MentionModel> _mentions = new();
        private readonly List<RecordOccurrence<StatementModel>> _statements = new();
        private readonly List<RecordOccurrence<BorderEventModel>> _borderEvents = new();
        private readonly List<RelationOccurrence> _relationOccurrences = new();
        private StandoffLayerModel? _layer;

        private readonly Dictionary<string, SourceSpan> _definedAt = new();
        private readonly Dictionary<string, TextBoundAnnotation> _textBounds = new();
        private readonly Dictionary<string, EventAnnotation> _events = new();
        private readonly Dictionary<string, RelationAnnotation> _relations = new();
        private readonly HashSet<string> _validSpans = new();
        private readonly Dictionary<string, string> _spanTexts = new();
        private readonly Dictionary<(string Target, string Name), AttributeAnnotation> _attributes = new();
        private readonly Dictionary<string, Dictionary<string, string>> _normalizations = new();

        // Every (target, name) an A line and every (target, database) an N line gives, valid or not: looked up per
        // annotation, so sets keep linking linear in the file's size.
        private readonly HashSet<(string, string)> _writtenAttributes;
        private readonly HashSet<(string, string)> _writtenNormalizations;

        // What passed every check, for the standoff layer (see StandoffLayerModel).
        private readonly HashSet<string> _acceptedEvents = new();
        private readonly HashSet<string> _rejectedAttributes = new();
        private readonly List<NormalizationAnnotation> _acceptedNormalizations = new();
        private readonly List<RelationAnnotation> _acceptedRelations = new();
        private readonly List<NoteAnnotation> _acceptedNotes = new();
        private readonly List<EquivalenceAnnotation> _acceptedEquivalences = new();

        private DocumentAnnotationLinker(StandoffDocument annotations, TextFile text, string documentId, int document, DocumentContext context)
        {
            _annotations = annotations;
            _text = new CodePointText(text.Content);
            _documentId = documentId;
            _textPath = text.Path;
            _document = document;
            _schema = context.Schema;
            _context = context;
            _vocabulary = context.Vocabulary;
            _writtenAttributes = new HashSet<(string, string)>(annotations.Attributes.Select(a => (a.Target, a.Name)));
            _writtenNormalizations = new HashSet<(string, string)>(annotations.Normalizations.Select(n => (n.Target, n.Database)));
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
                return new DocumentLinkResult
                {
                    Mentions = EquatableArray<MentionModel>.Empty,
                    Statements = EquatableArray<RecordOccurrence<StatementModel>>.Empty,
                    BorderEvents = EquatableArray<RecordOccurrence<BorderEventModel>>.Empty,
                    Relations = EquatableArray<RelationOccurrence>.Empty,
                    Layer = null,
                    Diagnostics = diagnostics.ToEquatableArray(),
                };
            }

            var linker = new DocumentAnnotationLinker(annotations, input.Text, input.DocumentId, input.Document, context);
            linker._diagnostics.AddRange(annotations.Diagnostics);
            linker.Run();
            return new DocumentLinkResult
            {
                Mentions = linker._mentions.ToEquatableArray(),
                Statements = linker._statements.ToEquatableArray(),
                BorderEvents = linker._borderEvents.ToEquatableArray(),
                Relations = linker._relationOccurrences.ToEquatableArray(),
                Layer = linker._layer,
                Diagnostics = linker._diagnostics.ToEquatableArray(),
            };
        }

        private void Run()
        {
            DefineIds();
            CheckTextBounds();
            if (_schema is not null)
            {
                SpanOverlapCheck.Run(_schema, _textBounds.Values.Where(t => _validSpans.Contains(t.Id)), _diagnostics);
            }

            CollectAttributes();
            CollectNormalizations();
            CheckNotesAndEquivalences();
            LinkMentions();
            foreach (var annotation in _annotations.Events)
            {
                if (_events.TryGetValue(annotation.Id, out var defined) && ReferenceEquals(defined, annotation) && CheckEvent(annotation) && LinkEvent(annotation))
                {
                    _acceptedEvents.Add(annotation.Id);
                }
            }

            LinkRelations();
            _layer = StandoffLayerBuilder.Build(_document, _annotations, _validSpans, _acceptedEvents, AcceptedAttributes(),
                _acceptedNormalizations, _acceptedRelations, _acceptedNotes, _acceptedEquivalences, SpanOf);
        }

        private List<AttributeAnnotation> AcceptedAttributes()
            => _annotations.Attributes.Where(a => _attributes.TryGetValue((a.Target, a.Name), out var kept) && ReferenceEquals(kept, a) && !_rejectedAttributes.Contains(a.Id)).ToList();

        /// <summary>Defines every id in file order, as brat reads them: a later line that repeats an id is the duplicate.</summary>
        private void DefineIds()
        {
            var lines = new List<(SourceSpan Span, string Id, object Annotation)>();
            lines.AddRange(_annotations.TextBounds.Select(t => (t.Span, t.Id, (object)t)));
            lines.AddRange(_annotations.Events.Select(e => (e.Span, e.Id, (object)e)));
            lines.AddRange(_annotations.Attributes.Select(a => (a.Span, a.Id, (object)a)));
            lines.AddRange(_annotations.Normalizations.Select(n => (n.Span, n.Id, (object)n)));
            lines.AddRange(_annotations.Relations.Select(r => (r.Span, r.Id, (object)r)));
            lines.AddRange(_annotations.Notes.Select(n => (n.Span, n.Id, (object)n)));
            foreach (var line in lines.OrderBy(l => l.Span.Line))
            {
                if (!Define(line.Id, line.Span))
                {
                    continue;
                }

                if (line.Annotation is TextBoundAnnotation t)
                {
                    _textBounds.Add(t.Id, t);
                }
                else if (line.Annotation is EventAnnotation e)
                {
                    _events.Add(e.Id, e);
                }
                else if (line.Annotation is RelationAnnotation r)
                {
                    _relations.Add(r.Id, r);
                }
            }
        }

        private bool Define(string id, SourceSpan span)
        {
            if (_definedAt.TryGetValue(id, out var first))
            {
                Report(DiagnosticRules.DuplicateId, span, id, first.ToString());
                return false;
            }

            _definedAt.Add(id, span);
            return true;
        }

        /// <summary>
        /// Checks each span as brat's reader does: offsets within the text, fragments in any order but not
        /// overlapping, and a text field that starts with the fragments' texts joined by one space, followed by
        /// nothing or whitespace. A missing text (or pre-1.3 fragments joined without a space) is read as brat
        /// repairs it, with a warning.
        /// </summary>
        private void CheckTextBounds()
        {
            foreach (var t in _textBounds.Values)
            {
                if (_schema is not null && !_schema.IsEntity(t.Type) && _schema.FindEvent(t.Type) is null)
                {
                    Report(DiagnosticRules.UnknownType, t.Span, t.Type, "an entity or event type");
                    continue;
                }

                if (!_text.AreValid(t.Fragments))
                {
                    Report(DiagnosticRules.SpanOutOfRange, t.Span, t.Id, FormatFragments(t.Fragments), _documentId, _text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    continue;
                }

                var reference = _text.Join(t.Fragments);
                var spanLength = t.Fragments.Sum(f => f.End - f.Start) + t.Fragments.Count - 1;
                var tailLength = BratText.CodePointLength(t.Tail);
                if (spanLength > 0 && t.Tail.All(BratText.IsSpace))
                {
                    Repaired(t, reference);
                    continue;
                }

                if (spanLength > tailLength - 1)
                {
                    Mismatch(t, reference);
                    continue;
                }

                var cut = BratText.Utf16IndexOf(t.Tail, spanLength + 1);
                var written = t.Tail.Substring(1, cut - 1);
                if (written != reference)
                {
                    var joined = string.Concat(t.Fragments.Select(f => _text.Slice(f.Start, f.End)));
                    if (written.StartsWith(joined, System.StringComparison.Ordinal))
                    {
                        Repaired(t, reference);
                    }
                    else
                    {
                        Mismatch(t, reference);
                    }

                    continue;
                }

                if (cut < t.Tail.Length && !BratText.IsSpace(t.Tail[cut]))
                {
                    Mismatch(t, reference);
                    continue;
                }

                _spanTexts.Add(t.Id, reference);
                _validSpans.Add(t.Id);
            }
        }

        private void Repaired(TextBoundAnnotation t, string reference)
        {
            Report(DiagnosticRules.SpanTextRepaired, t.Span, t.Id, t.Text, reference, FormatFragments(t.Fragments));
            _spanTexts.Add(t.Id, reference);
            _validSpans.Add(t.Id);
        }

        private void Mismatch(TextBoundAnnotation t, string reference)
            => _diagnostics.Add(CorpusDiagnostic.Create(DiagnosticRules.SpanTextMismatch, t.TextSpan, t.Id, t.Text, FormatFragments(t.Fragments), reference) with
            {
                AlsoAt = new EquatableArray<SourceSpan>(new[] { _text.Locate(_textPath, t.Fragments.Min(f => f.Start), t.Fragments.Max(f => f.End)) }),
            });

        private void CollectAttributes()
        {
            foreach (var a in _annotations.Attributes)
            {
                if (!_definedAt.TryGetValue(a.Id, out var at) || !at.Equals(a.Span) || !TryTypeOf(a.Target, a.Span, a.Id, out var targetType, relations: true))
                {
                    continue;
                }

                var declared = _schema?.FindAttributes(a.Name).ToList();
                var schema = declared?.FirstOrDefault(d => _schema!.Accepts(d.Targets, targetType));
                string? problem = null;
                if (declared is { Count: 0 })
                {
                    problem = "the attribute is not declared in annotation.conf";
                }
                else if (declared is not null && schema is null)
                {
                    problem = $"it applies to {string.Join("|", declared.SelectMany(d => d.Targets).Distinct())}, not {targetType}";
                }
                else if (schema is not null && schema.Values.Count == 0 && a.Value is not null)
                {
                    problem = "it is a binary attribute and takes no value";
                }
                else if (schema is not null && schema.Values.Count > 0 && (a.Value is null || !AnnotationSchema.Contains(schema.Values, a.Value)))
                {
                    problem = $"expected one of {string.Join("|", schema.Values)}";
                }

                if (problem is not null)
                {
                    Report(DiagnosticRules.InvalidAttribute, a.Span, a.Name, a.Value ?? "(none)", a.Target, problem);
                    continue;
                }

                if (_attributes.ContainsKey((a.Target, a.Name)))
                {
                    Report(DiagnosticRules.DuplicateId, a.Span, $"{a.Target} {a.Name}", "an earlier A line of this file");
                    continue;
                }

                _attributes.Add((a.Target, a.Name), a);
            }
        }

        private void CollectNormalizations()
        {
            foreach (var n in _annotations.Normalizations)
            {
                if (!_definedAt.TryGetValue(n.Id, out var at) || !at.Equals(n.Span) || !TryTypeOf(n.Target, n.Span, n.Id, out _))
                {
                    continue;
                }

                if (!IsValidNormalization(n))
                {
                    continue;
                }

                if (!_normalizations.TryGetValue(n.Target, out var byDatabase))
                {
                    _normalizations[n.Target] = byDatabase = new Dictionary<string, string>();
                }

                if (byDatabase.ContainsKey(n.Database) && NormalizationDatabases.All.Contains(n.Database))
                {
                    Report(DiagnosticRules.DuplicateId, n.ValueSpan, $"{n.Target} {n.Database}:", "an earlier N line of this file");
                    continue;
                }

                byDatabase[n.Database] = n.Value;
                _acceptedNormalizations.Add(n);
            }
        }

        private bool IsValidNormalization(NormalizationAnnotation n)
        {
            switch (n.Database)
            {
                case NormalizationDatabases.Actor:
                    return Check(_context.ActorIndex(n.Value) >= 0, DiagnosticRules.UnknownActor, n.Value);
                case NormalizationDatabases.Date:
                    return Check(DateValue.TryParse(n.Value, out _), DiagnosticRules.InvalidDate, n.Value);
                case NormalizationDatabases.Quantity:
                    return Check(QuantityValue.TryParseNumber(n.Value, out _), DiagnosticRules.InvalidQuantity, n.Value);
                case NormalizationDatabases.Border:
                    return Check(BorderValue.TryParse(n.Value, out _), DiagnosticRules.InvalidBorder, n.Value);
                case NormalizationDatabases.Statement:
                case NormalizationDatabases.Event:
                case NormalizationDatabases.Cameo:
                    return true;
                default:
                    // brat takes any database (Wikidata:, GO:, UMLS:); one that differs from DomainKit's own only in case is likely a typo.
                    if (NormalizationDatabases.All.FirstOrDefault(d => string.Equals(d, n.Database, System.StringComparison.OrdinalIgnoreCase)) is { } own)
                    {
                        Report(DiagnosticRules.UnknownNormalization, n.ValueSpan, n.Database + ":" + n.Value, n.Target, own + ":");
                    }

                    return true;
            }

            bool Check(bool valid, DiagnosticRule rule, params string[] arguments)
            {
                if (!valid)
                {
                    Report(rule, n.ValueSpan, arguments);
                }

                return valid;
            }
        }

        private void CheckNotesAndEquivalences()
        {
            foreach (var note in _annotations.Notes)
            {
                if (TryTypeOf(note.Target, note.Span, note.Id, out _, relations: true))
                {
                    _acceptedNotes.Add(note);
                }
            }

            foreach (var equivalence in _annotations.Equivalences)
            {
                var known = true;
                foreach (var member in equivalence.Members)
                {
                    known &= TryTypeOf(member, equivalence.Span, "*", out _);
                }

                if (known)
                {
                    _acceptedEquivalences.Add(equivalence);
                }
            }
        }

        private void LinkMentions()
        {
            foreach (var t in _annotations.TextBounds)
            {
                if (t.Type != SemanticTypes.Actor || !_validSpans.Contains(t.Id) || !ReferenceEquals(_textBounds[t.Id], t))
                {
                    continue;
                }

                var actor = ActorOf(t.Id);
                if (actor < 0)
                {
                    if (!HasNormalization(t.Id, NormalizationDatabases.Actor))
                    {
                        Report(DiagnosticRules.UnlinkedActorMention, t.Span, t.Id, t.Text);
                    }

                    continue;
                }

                _mentions.Add(new MentionModel(_document, SpanOf(t), actor, t.Id));
            }
        }

        /// <summary>Checks an event against the schema; false when it cannot become a record.</summary>
        private bool CheckEvent(EventAnnotation e)
        {
            var ok = true;
            if (!_textBounds.TryGetValue(e.Trigger, out var trigger))
            {
                Report(DiagnosticRules.DanglingReference, e.Span, e.Id, e.Trigger);
                return false;
            }

            if (trigger.Type != e.Type)
            {
                Report(DiagnosticRules.ArgumentTypeMismatch, e.Span, "trigger", e.Id, e.Type, e.Trigger, trigger.Type);
                ok = false;
            }

            var schema = _schema?.FindEvent(e.Type);
            if (_schema is not null && schema is null)
            {
                Report(DiagnosticRules.UnknownType, e.Span, e.Type, "an event type");
                return false;
            }

            var counts = new Dictionary<string, int>();
            foreach (var argument in e.Arguments)
            {
                if (!TryTypeOf(argument.Target, argument.Span, e.Id, out var targetType))
                {
                    ok = false;
                    continue;
                }

                if (schema is null)
                {
                    continue;
                }

                var role = schema.Roles.FirstOrDefault(r => r.Name == argument.Role);
                if (role is null)
                {
                    Report(DiagnosticRules.UnknownRole, argument.Span, argument.Role, e.Type);
                    ok = false;
                    continue;
                }

                if (!_schema!.Accepts(role.Types, targetType))
                {
                    Report(DiagnosticRules.ArgumentTypeMismatch, argument.Span, argument.Role, e.Id, string.Join("|", role.Types), argument.Target, targetType);
                    ok = false;
                }

                counts.TryGetValue(role.Name, out var count);
                counts[role.Name] = ++count;
                if (count == role.Maximum + 1)
                {
                    Report(DiagnosticRules.RoleCardinality, argument.Span, argument.Role, e.Id);
                    ok = false;
                }
            }

            foreach (var role in ok && schema is not null ? schema.Roles : default)
            {
                if (role.IsRequired && !counts.ContainsKey(role.Name) && !IsCheckedByItsRecord(e.Type, role.Name))
                {
                    Report(DiagnosticRules.MissingRole, e.Span, role.Name, e.Id, e.Type);
                    ok = false;
                }
            }

            return ok;
        }

        /// <summary>Required roles whose absence the record's own check reports in its words (DK0012, DK0013).</summary>
        private static bool IsCheckedByItsRecord(string eventType, string role)
            => eventType == SemanticTypes.Statement && role is Roles.Speaker or Roles.Content;

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
            var speaker = -1;
            var addressees = new List<int>();
            var quotes = new List<QuoteModel>();
            var via = -1;
            DateValue? date = EventDate(e);
            foreach (var argument in e.Arguments)
            {
                switch (argument.Role)
                {
                    case Roles.Speaker:
                        speaker = ActorOf(argument.Target);
                        break;
                    case Roles.Content when _validSpans.Contains(argument.Target) && _textBounds[argument.Target].Type == SemanticTypes.Quote:
                        quotes.Add(new QuoteModel(SpanOf(_textBounds[argument.Target]), HasAttribute(argument.Target, Attributes.Direct)));
                        break;
                    case Roles.Addressee:
                        AddActor(addressees, ActorOf(argument.Target));
                        break;
                    case Roles.Time:
                        date ??= DateOf(argument.Target);
                        break;
                    case Roles.Via:
                        via = ActorOf(argument.Target);
                        break;
                }
            }

            if (speaker < 0)
            {
                Report(DiagnosticRules.StatementWithoutSpeaker, e.Span, e.Id);
                return false;
            }

            if (quotes.Count == 0)
            {
                Report(DiagnosticRules.StatementWithoutContent, e.Span, e.Id);
                return false;
            }

            var evidence = new List<string> { e.Trigger };
            evidence.AddRange(e.Arguments.Where(a => a.Role == Roles.Content).Select(a => a.Target));
            var statement = new StatementModel
            {
                Id = CanonicalId(e, NormalizationDatabases.Statement),
                Speaker = speaker,
                Addressees = addressees.ToEquatableArray(),
                Kind = KindOf(e, Attributes.StatementKind, _vocabulary.StatementKinds, RuntimeVocabulary.StatementKindType),
                Date = date,
                Via = ViaOf(via),
                Plover = VocabularyValue(e.Id, Attributes.Plover, _vocabulary.PloverTypes, RuntimeVocabulary.PloverType),
                Cameo = NormalizationOf(e.Id, NormalizationDatabases.Cameo),
                Attestations = new[] { Attest(e, evidence, quotes, via) }.ToEquatableArray(),
            };
            _statements.Add(new RecordOccurrence<StatementModel>(statement, e.Span));
            return true;
        }

        private void LinkBorderEvent(EventAnnotation e)
        {
            BorderValue? border = BorderOf(e.Id);
            var agents = new List<int>();
            var locations = new List<string>();
            string? destination = null;
            string? source = null;
            QuantityValue? quantity = null;
            var via = -1;
            DateValue? date = EventDate(e);
            foreach (var argument in e.Arguments)
            {
                switch (argument.Role)
                {
                    case Roles.Border:
                        border ??= BorderOf(argument.Target);
                        break;
                    case Roles.Agent:
                        AddActor(agents, ActorOf(argument.Target));
                        break;
                    case Roles.Time:
                        date ??= DateOf(argument.Target);
                        break;
                    case Roles.Count:
                        quantity ??= QuantityOf(argument.Target);
                        break;
                    case Roles.Location:
                        var place = PlaceOf(argument.Target);
                        if (place is not null && !locations.Contains(place))
                        {
                            locations.Add(place);
                        }

                        break;
                    case Roles.Destination:
                        destination ??= PlaceOf(argument.Target);
                        break;
                    case Roles.Source:
                        source ??= PlaceOf(argument.Target);
                        break;
                    case Roles.Via:
                        via = ActorOf(argument.Target);
                        break;
                }
            }

            var evidence = new List<string> { e.Trigger };
            evidence.AddRange(e.Arguments.Select(a => a.Target));
            var borderEvent = new BorderEventModel
            {
                Id = CanonicalId(e, NormalizationDatabases.Event),
                Kind = KindOf(e, Attributes.BorderEventKind, _vocabulary.BorderEventKinds, RuntimeVocabulary.BorderEventKindType),
                Border = border,
                Actors = agents.ToEquatableArray(),
                Date = date,
                Quantity = quantity,
                Locations = locations.ToEquatableArray(),
                Destination = destination,
                Source = source,
                Via = ViaOf(via),
                Plover = VocabularyValue(e.Id, Attributes.Plover, _vocabulary.PloverTypes, RuntimeVocabulary.PloverType),
                Cameo = NormalizationOf(e.Id, NormalizationDatabases.Cameo),
                Attestations = new[] { Attest(e, evidence, new List<QuoteModel>(), via) }.ToEquatableArray(),
            };
            _borderEvents.Add(new RecordOccurrence<BorderEventModel>(borderEvent, e.Span));
        }

        private void LinkRelations()
        {
            foreach (var r in _annotations.Relations)
            {
                if (!_definedAt.TryGetValue(r.Id, out var at) || !at.Equals(r.Span))
                {
                    continue;
                }

                var known = TryTypeOf(r.Arg1, r.Span, r.Id, out var arg1Type) & TryTypeOf(r.Arg2, r.Span, r.Id, out var arg2Type);
                var declarations = _schema?.FindRelations(r.Type).ToList();
                if (declarations is { Count: 0 })
                {
                    Report(DiagnosticRules.UnknownType, r.Span, r.Type, "a relation type");
                    continue;
                }

                if (!known)
                {
                    continue;
                }

                // A conf may declare one relation name several times for several pairs of types: any one may fit.
                if (declarations is not null && !declarations.Any(d => _schema!.Accepts(d.TypesAt(0), arg1Type) && _schema.Accepts(d.TypesAt(1), arg2Type)))
                {
                    var schema = declarations[0];
                    ArgumentFits(r, r.Role1, r.Arg1, arg1Type, schema.TypesAt(0));
                    ArgumentFits(r, r.Role2, r.Arg2, arg2Type, schema.TypesAt(1));
                    continue;
                }

                _acceptedRelations.Add(r);

                if (_events.ContainsKey(r.Arg1) && _events.ContainsKey(r.Arg2))
                {
                    _relationOccurrences.Add(new RelationOccurrence(EventCanonicalId(r.Arg1), r.Type, EventCanonicalId(r.Arg2)));
                }
            }
        }

        /// <summary>Checks one argument of an R line against the types annotation.conf allows for it (none listed: any).</summary>
        private bool ArgumentFits(RelationAnnotation r, string role, string target, string targetType, EquatableArray<string> allowed)
        {
            if (allowed.Count == 0 || _schema!.Accepts(allowed, targetType))
            {
                return true;
            }

            Report(DiagnosticRules.ArgumentTypeMismatch, r.Span, role, r.Id, string.Join("|", allowed), target, targetType);
            return false;
        }

        /// <summary>
        /// The passage that attests an event in this document: from the first to the last of its evidence
        /// spans, so that <c>text[start:end]</c> gives the passage back exactly.
        /// </summary>
        private AttestationModel Attest(EventAnnotation e, List<string> evidence, List<QuoteModel> quotes, int via)
        {
            var start = int.MaxValue;
            var end = 0;
            foreach (var id in evidence)
            {
                if (_validSpans.Contains(id))
                {
                    var fragments = _textBounds[id].Fragments;
                    start = System.Math.Min(start, fragments.Min(f => f.Start));
                    end = System.Math.Max(end, fragments.Max(f => f.End));
                }
            }

            var passage = start == int.MaxValue
                ? new SpanModel(0, 0, string.Empty, EquatableArray<Fragment>.Empty)
                : new SpanModel(start, end, _text.Slice(start, end), EquatableArray<Fragment>.Empty);
            var direct = quotes.Count > 0 && quotes.All(q => q.Direct);
            return new AttestationModel
            {
                Document = _document,
                Passage = passage,
                Direct = direct,
                Quotes = quotes.ToEquatableArray(),
                Via = via,
                AnnotationId = e.Id,
            };
        }

        private string CanonicalId(EventAnnotation e, string database)
            => NormalizationOf(e.Id, database) ?? _documentId + "#" + e.Id;

        private string EventCanonicalId(string eventId)
        {
            var database = _events[eventId].Type == SemanticTypes.Statement ? NormalizationDatabases.Statement : NormalizationDatabases.Event;
            return CanonicalId(_events[eventId], database);
        }

        private string? KindOf(EventAnnotation e, string attribute, EquatableArray<string> names, string enumName)
        {
            if (!_writtenAttributes.Contains((e.Id, attribute)))
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
                var annotation = _attributes[(id, attribute)];
                _rejectedAttributes.Add(annotation.Id);
                Report(DiagnosticRules.InvalidAttribute, annotation.Span, attribute, value, id, $"DomainKit's {enumName} has no member '{value}'");
                return null;
            }

            return value;
        }

        private DateValue? EventDate(EventAnnotation e) => DateOf(e.Id);

        /// <summary>The intermediary of one attestation as a record's via list: empty when there is none.</summary>
        private static EquatableArray<int> ViaOf(int via) => via >= 0 ? new[] { via }.ToEquatableArray() : EquatableArray<int>.Empty;

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

            return _spanTexts.TryGetValue(id, out var text) ? text : null;
        }

        private int ActorOf(string id)
            => _validSpans.Contains(id) && NormalizationOf(id, NormalizationDatabases.Actor) is { } actorId ? _context.ActorIndex(actorId) : -1;

        private string? NormalizationOf(string id, string database)
            => _normalizations.TryGetValue(id, out var byDatabase) && byDatabase.TryGetValue(database, out var value) ? value : null;

        private bool HasNormalization(string id, string database) => _writtenNormalizations.Contains((id, database));

        private string? AttributeValue(string id, string name)
            => _attributes.TryGetValue((id, name), out var attribute) ? attribute.Value : null;

        private bool HasAttribute(string id, string name)
            => _attributes.ContainsKey((id, name));

        private static void AddActor(List<int> actors, int actor)
        {
            if (actor >= 0 && !actors.Contains(actor))
            {
                actors.Add(actor);
            }
        }

        private SpanModel SpanOf(TextBoundAnnotation t)
            => new(t.Fragments.Min(f => f.Start), t.Fragments.Max(f => f.End), _spanTexts[t.Id], t.Fragments.Count > 1 ? t.Fragments : EquatableArray<Fragment>.Empty);

        /// <summary>
        /// The type of the annotation <paramref name="id"/> refers to: a text-bound or an event, or also a relation
        /// where brat allows one (the target of an attribute or a note).
        /// </summary>
        private bool TryTypeOf(string id, SourceSpan span, string referrer, out string type, bool relations = false)
        {
            if (_textBounds.TryGetValue(id, out var t))
            {
                type = t.Type;
                return true;
            }

            if (_events.TryGetValue(id, out var e))
            {
                type = e.Type;
                return true;
            }

            if (relations && _relations.TryGetValue(id, out var r))
            {
                type = r.Type;
                return true;
            }

            type = string.Empty;
            if (_definedAt.ContainsKey(id))
            {
                Report(DiagnosticRules.UnreferableTarget, span, referrer, id);
            }
            else
            {
                Report(DiagnosticRules.DanglingReference, span, referrer, id);
            }

            return false;
        }

        private static string FormatFragments(EquatableArray<Fragment> fragments)
            => string.Join(";", fragments.Select(f => f.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + f.End.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        private void Report(DiagnosticRule rule, SourceSpan span, params string[] arguments)
            => _diagnostics.Add(CorpusDiagnostic.Create(rule, span, arguments));
    }
}
