namespace DomainKit.Compiled;

/// <summary>A count-prefixed list of the lists section, read in place: its items are decoded as they are reached.</summary>
internal readonly struct IntList
{
    private readonly DataReader? _reader;
    private readonly int _first;

    internal IntList(DataReader reader, int first, int length)
    {
        _reader = reader;
        _first = first;
        Length = length;
    }

    public int Length { get; }

    public bool IsEmpty => Length == 0;

    public int this[int index] => _reader!.Int(_first + index);

    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates the items.</summary>
    public struct Enumerator(IntList list)
    {
        private int _index = -1;

        public readonly int Current => list[_index];

        public bool MoveNext() => ++_index < list.Length;
    }
}
