using System;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// A run of records (mentions, statements or border events) as a table holds them: the records, and where each one's
    /// rows begin (<see cref="RecordRunWriter"/>'s marks: the length of each section the run writes, then of the lists,
    /// then how many strings the pool had added, before each record and after the last), and how many of them were
    /// copied from the last table rather than written again.
    /// </summary>
    internal sealed record WrittenRecords<T>(EquatableArray<T> Records, int[] Marks, int Copied)
        where T : class, IEquatable<T>;
}
