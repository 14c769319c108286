using System;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// A run of records (mentions, statements or border events) as a table holds them: the <see cref="Records"/> in the
    /// order of their rows; <see cref="Marks"/>, before each record and after the last (<see cref="RecordRunWriter"/>'s
    /// stride apart), the length of each section the run writes, then of the lists, then how many strings the pool had
    /// added; and how many records were <see cref="Copied"/> from the last table rather than written again (what an edit
    /// saved). Never compared.
    /// </summary>
    internal sealed record WrittenRecords<T>(EquatableArray<T> Records, int[] Marks, int Copied)
        where T : class, IEquatable<T>;
}
