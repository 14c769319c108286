using System;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Values;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// A record's row of the compiled table as its model fills it (<see cref="StatementModel.WriteRow"/>): each field at
    /// the layout's offset (<c>StatementRow.Kind</c>, the constant the runtime reads it by) and the value in the model's
    /// own terms; <see cref="Generation.Emit.Data.RecordRowWriter"/> makes the integers (strings and lists pooled, members
    /// numbered, dates in days). So a model declares each field once with its merge rule and its place, and the table
    /// writer names a field only to group records by it. Values are pooled in call order, which the string and list
    /// pools number by.
    /// </summary>
    internal interface IRecordRow
    {
        /// <summary>A string, or none.</summary>
        IRecordRow String(int field, string? value);

        /// <summary>A record's index (an actor's, say), or <see cref="DomainKit.Compiled.Refs.None"/>.</summary>
        IRecordRow Reference(int field, int index);

        /// <summary>A list of records' indexes.</summary>
        IRecordRow References(int field, EquatableArray<int> indexes);

        /// <summary>A list of strings.</summary>
        IRecordRow Strings(int field, EquatableArray<string> values);

        /// <summary>A member of one of the runtime's enums by name (<paramref name="members"/> picks which), or none.</summary>
        IRecordRow Member(int field, Func<RuntimeVocabulary, EquatableArray<string>> members, string? name);

        /// <summary>A date's three fields (<c>DateFields</c>) from <paramref name="field"/> on, or none.</summary>
        IRecordRow Date(int field, DateValue? date);

        /// <summary>A border, by its place among the corpus's borders, or none.</summary>
        IRecordRow Border(int field, BorderValue? border);

        /// <summary>The record's attestations (with their quotes), written as rows of their own and listed here.</summary>
        IRecordRow Attestations(int field, EquatableArray<AttestationModel> attestations);
    }
}
