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
    /// Checks one <c>.ann</c> file against its text, the schema and the actor catalog, as brat and annotation.conf
    /// define them: ids, spans and their texts, types, roles, attributes, normalizations, relations, notes and
    /// equivalences. Every problem is a diagnostic; what passes is the <see cref="ValidatedDocument"/> that records are
    /// built from (<see cref="DocumentAnnotationLinker"/>).
    /// </summary>
    internal sealed class DocumentValidator
    {
        private readonly StandoffDocument _annotations;
        private readonly CodePointText _text;
        private readonly string _documentId;
        private readonly string _textPath;
        private readonly AnnotationSchema? _schema;
        private readonly DocumentContext _context;
        private readonly List<CorpusDiagnostic> _diagnostics;

        private readonly Dictionary<string, SourceSpan> _definedAt = new();
        private readonly Dictionary<string, TextBoundAnnotation> _textBounds = new();
        private readonly Dictionary<string, EventAnnotation> _events = new();
        private readonly Dictionary<string, RelationAnnotation> _relations = new();
        private readonly Dictionary<string, string> _spanTexts = new();
        private readonly Dictionary<(string Target, string Name), AttributeAnnotation> _attributes = new();
        private readonly Dictionary<(string Target, string Database), string> _normalizations = new();
        private readonly List<EventAnnotation> _checkedEvents = new();
        private readonly List<NormalizationAnnotation> _acceptedNormalizations = new();
        private readonly List<RelationAnnotation> _acceptedRelations = new();
        private readonly List<NoteAnnotation> _acceptedNotes = new();
        private readonly List<EquivalenceAnnotation> _acceptedEquivalences = new();

        private DocumentValidator(DocumentLinkInput input, TextFile text, DocumentContext context, List<CorpusDiagnostic> diagnostics)
        {
            _annotations = input.Annotations;
            _text = new CodePointText(text.Content);
            _documentId = input.DocumentId;
            _textPath = text.Path;
            _schema = context.Schema;
            _context = context;
            _diagnostics = diagnostics;
        }

        /// <summary>Checks <paramref name="input"/> (which has a text), adding every problem to <paramref name="diagnostics"/>.</summary>
        public static ValidatedDocument Validate(DocumentLinkInput input, TextFile text, DocumentContext context, List<CorpusDiagnostic> diagnostics)
        {
            var validator = new DocumentValidator(input, text, context, diagnostics);
            validator.Run();
            return new ValidatedDocument
            {
                Input = input,
                Text = validator._text,
                TextBounds = validator._textBounds,
                Events = validator._events,
                SpanTexts = validator._spanTexts,
                Attributes = validator._attributes,
                Normalizations = validator._normalizations,
                CheckedEvents = validator._checkedEvents,
                AcceptedNormalizations = validator._acceptedNormalizations,
                AcceptedRelations = validator._acceptedRelations,
                AcceptedNotes = validator._acceptedNotes,
                AcceptedEquivalences = validator._acceptedEquivalences,
                WrittenAttributes = new HashSet<(string, string)>(input.Annotations.Attributes.Select(a => (a.Target, a.Name))),
                WrittenNormalizations = new HashSet<(string, string)>(input.Annotations.Normalizations.Select(n => (n.Target, n.Database))),
            };
        }

        private void Run()
        {
            DefineIds();
            CheckTextBounds();
            if (_schema is not null)
            {
                SpanOverlapCheck.Run(_schema, _textBounds.Values.Where(t => _spanTexts.ContainsKey(t.Id)), _diagnostics);
            }

            CollectAttributes();
            CollectNormalizations();
            CheckNotesAndEquivalences();
            foreach (var annotation in _annotations.Events)
            {
                if (_events.TryGetValue(annotation.Id, out var defined) && ReferenceEquals(defined, annotation) && CheckEvent(annotation))
                {
                    _checkedEvents.Add(annotation);
                }
            }

            CheckRelations();
        }

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
            }
        }

        private void Repaired(TextBoundAnnotation t, string reference)
        {
            Report(DiagnosticRules.SpanTextRepaired, t.Span, t.Id, t.Text, reference, FormatFragments(t.Fragments));
            _spanTexts.Add(t.Id, reference);
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

                if (_normalizations.ContainsKey((n.Target, n.Database)) && NormalizationDatabases.All.Contains(n.Database))
                {
                    Report(DiagnosticRules.DuplicateId, n.ValueSpan, $"{n.Target} {n.Database}:", "an earlier N line of this file");
                    continue;
                }

                _normalizations[(n.Target, n.Database)] = n.Value;
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
                default:
                    // A database the records read as free text (an id, a code) takes any value.
                    if (System.Array.IndexOf(NormalizationDatabases.All, n.Database) >= 0)
                    {
                        return true;
                    }

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

        private void CheckRelations()
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
