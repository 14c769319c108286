using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DomainKit;

/// <summary>
/// A date known to a day, a month, a year, or as a range: <see cref="Start"/> and <see cref="End"/> are the
/// first and last day it covers (both inclusive). Written <c>2021-07-04</c>, <c>2021-07</c>, <c>2021</c> or
/// <c>2021-07-04/2021-07-05</c>.
/// </summary>
public readonly record struct PartialDate
{
    /// <summary>Creates a date covering <paramref name="start"/> to <paramref name="end"/> at <paramref name="precision"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public PartialDate(DateOnly start, DateOnly end, DatePrecision precision)
    {
        if (end < start)
        {
            throw new ArgumentException($"The end {end:yyyy-MM-dd} is before the start {start:yyyy-MM-dd}.", nameof(end));
        }

        Start = start;
        End = end;
        Precision = precision;
    }

    /// <summary>The first day covered.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day covered (inclusive).</summary>
    public DateOnly End { get; }

    /// <summary>How precisely the date is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>A single day.</summary>
    public static PartialDate Day(int year, int month, int day) => new(new DateOnly(year, month, day), new DateOnly(year, month, day), DatePrecision.Day);

    /// <summary>A whole month.</summary>
    public static PartialDate Month(int year, int month)
        => new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), DatePrecision.Month);

    /// <summary>A whole year.</summary>
    public static PartialDate Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    /// <summary>Whether any day of this date falls within <paramref name="from"/>..<paramref name="to"/> (inclusive).</summary>
    public bool Overlaps(DateOnly from, DateOnly to) => Start <= to && End >= from;

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> or <c>START/END</c>.</summary>
    /// <exception cref="FormatException">The text is not such a date.</exception>
    public static PartialDate Parse(string text)
        => TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date: expected YYYY, YYYY-MM, YYYY-MM-DD or START/END.");

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> or <c>START/END</c>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return TryParseSingle(text, out date);
        }

        if (!TryParseSingle(text[..slash], out var from) || !TryParseSingle(text[(slash + 1)..], out var to) || to.End < from.Start)
        {
            return false;
        }

        date = new PartialDate(from.Start, to.End, DatePrecision.Range);
        return true;
    }

    /// <summary>The canonical text: <c>2021-07-04</c>, <c>2021-07</c>, <c>2021</c> or <c>2021-07-04/2021-07-05</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => Start.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static bool TryParseSingle(string text, out PartialDate date)
    {
        date = default;
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        for (var i = 0; i < formats.Length; i++)
        {
            if (text.Length == formats[i].Length
                && DateOnly.TryParseExact(text, formats[i], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                date = i switch
                {
                    0 => Day(day.Year, day.Month, day.Day),
                    1 => Month(day.Year, day.Month),
                    _ => Year(day.Year),
                };
                return true;
            }
        }

        return false;
    }
}
