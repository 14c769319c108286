using System.Threading;
using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>The type names of one table's <see cref="Section.AnnotationTypes"/>, each decoded once: every annotation of a type shares the string.</summary>
internal sealed class TypeNames(DataReader reader)
{
    private string?[]? _names;

    public int Count => reader.Rows(Section.AnnotationTypes, AnnotationTypeRow.Width);

    public string this[int index]
    {
        get
        {
            var names = _names ?? Interlocked.CompareExchange(ref _names, new string?[Count], null) ?? _names!;
            return names[index] ??= reader.StringAt(reader.Field(Section.AnnotationTypes, AnnotationTypeRow.Width, index, AnnotationTypeRow.Name));
        }
    }
}
