using System;
using System.Collections.Generic;
using System.Linq;
using DomainKit.Compiled;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Corpus.Values;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Turns the values a record model writes (<see cref="IRecordRow"/>) into its row's integers: strings and lists into
    /// the table's pools, enum members into their numbers, dates into days. One writer serves every row of a table, one
    /// row at a time (<see cref="Begin"/>, then the model's <c>WriteRow</c>, then <see cref="End"/>).
    /// </summary>
    internal sealed class RecordRowWriter : IRecordRow
    {
        private readonly TableBuilder _tables;
        private readonly RuntimeVocabulary _vocabulary;
        private readonly List<BorderValue> _borders;
        private readonly Func<EquatableArray<AttestationModel>, int> _attestations;

        /// <summary>The row being filled: one at a time (the attestations' rows are written through the table, not here).</summary>
        private TableRows.Row _row;

        /// <param name="tables">The table the rows are written to.</param>
        /// <param name="vocabulary">The runtime's enums, which number the members.</param>
        /// <param name="borders">The corpus's borders, in the order of their section.</param>
        /// <param name="attestations">Writes a record's attestations and gives their list.</param>
        public RecordRowWriter(TableBuilder tables, RuntimeVocabulary vocabulary, List<BorderValue> borders, Func<EquatableArray<AttestationModel>, int> attestations)
        {
            _tables = tables;
            _vocabulary = vocabulary;
            _borders = borders;
            _attestations = attestations;
        }

        /// <summary>Starts the next row of <paramref name="section"/>, <paramref name="width"/> fields wide (the row class's <c>Width</c>).</summary>
        public IRecordRow Begin(Section section, int width)
        {
            _row = _tables.Row(section, width);
            return this;
        }

        /// <summary>Ends the row: every field must have been written.</summary>
        public void End() => _row.End();

        public IRecordRow String(int field, string? value) => Set(field, _tables.Strings.Add(value));

        public IRecordRow Reference(int field, int index) => Set(field, index);

        public IRecordRow References(int field, EquatableArray<int> indexes) => Set(field, _tables.Lists.Add(indexes));

        public IRecordRow Strings(int field, EquatableArray<string> values) => Set(field, _tables.Lists.Add(values.Select(_tables.Strings.Add).ToList()));

        public IRecordRow Member(int field, Func<RuntimeVocabulary, EquatableArray<string>> members, string? name)
            => Set(field, FieldValues.EnumValue(members(_vocabulary), name));

        public IRecordRow Date(int field, DateValue? date)
        {
            FieldValues.Date(_row, field, date);
            return this;
        }

        public IRecordRow Border(int field, BorderValue? border) => Set(field, border is { } b ? _borders.IndexOf(b) : Refs.None);

        public IRecordRow Attestations(int field, EquatableArray<AttestationModel> attestations) => Set(field, _attestations(attestations));

        private IRecordRow Set(int field, int value)
        {
            _row.Set(field, value);
            return this;
        }
    }
}
