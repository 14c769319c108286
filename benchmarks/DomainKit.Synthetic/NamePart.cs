namespace DomainKit.Synthetic;

/// <summary>A word of a name as written in its own script, and its Latin transliteration (ids and aliases use it).</summary>
internal readonly record struct NamePart(string Native, string Latin)
{
    public static implicit operator NamePart(string latin) => new(latin, latin);

    public bool IsAscii => Native == Latin;
}
