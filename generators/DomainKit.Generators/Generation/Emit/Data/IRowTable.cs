using System.Collections.Generic;
using DomainKit.Compiled;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// What rows are written to: a table numbered as the runtime reads it (<see cref="TableBuilder"/>), or one document's
    /// rows, numbered within the document until they are appended to the corpus's (<see cref="DocumentStandoffWriter"/>).
    /// </summary>
    internal interface IRowTable
    {
        /// <summary>Starts the next row of <paramref name="section"/>: its fields are set by name, then it is ended.</summary>
        TableRows.Row Row(Section section, int width);

        /// <summary>The reference to <paramref name="value"/> (added on first use); <see cref="Refs.None"/> for null.</summary>
        int String(string? value);

        /// <summary>The position of a new list holding <paramref name="values"/> (the shared empty list for none).</summary>
        int List(IReadOnlyCollection<int> values);
    }
}
