using System;
using System.Globalization;
using DomainKit.Compiled;

namespace DomainKit.Generators.Corpus.Values
{
    /// <summary>
    /// Granularity of a <see cref="DateValue"/>; mirrors the runtime's <c>DatePrecision</c>. Each value is the layout's
    /// (<see cref="DatePrecisions"/>), which the data stores as it is.
    /// </summary>
    internal enum DatePrecisionKind
    {
        Day = DatePrecisions.Day,
        Month = DatePrecisions.Month,
        Year = DatePrecisions.Year,
        Range = DatePrecisions.Range,
    }

    /// <summary>A calendar day as three numbers (netstandard2.0 has no <c>DateOnly</c>).</summary>
    internal readonly record struct Day(int Year, int Month, int DayOfMonth)
    {
        public override string ToString() => $"{Year:D4}-{Month:D2}-{DayOfMonth:D2}";
    }

    /// <summary>
    /// A date at the precision the text allows: <c>2021</c>, <c>2021-07</c>, <c>2021-07-04</c>, or a range
    /// <c>2021-07-04/2021-07-05</c>. <see cref="Start"/> and <see cref="End"/> are the first and last day covered.
    /// </summary>
    internal readonly record struct DateValue(Day Start, Day End, DatePrecisionKind Precision)
    {
        /// <summary>The canonical text of the date, which <see cref="TryParse"/> reads back to an equal value.</summary>
        public string ToIsoString() => Precision switch
        {
            DatePrecisionKind.Day => Start.ToString(),
            DatePrecisionKind.Month => Start.ToString().Substring(0, 7),
            DatePrecisionKind.Year => Start.ToString().Substring(0, 4),
            _ => Start + "/" + End,
        };

        public static bool TryParse(string text, out DateValue value)
        {
            value = default;
            var slash = text.IndexOf('/');
            // Stryker disable once Equality : a leading '/' fails either way (no date part before it, or "/..." as a year)
            if (slash < 0)
            {
                if (!TryParsePart(text, out var start, out var end, out var precision))
                {
                    return false;
                }

                value = new DateValue(start, end, precision);
                return true;
            }

            if (!TryParsePart(text.Substring(0, slash), out var from, out _, out _)
                || !TryParsePart(text.Substring(slash + 1), out _, out var to, out _)
                || Compare(from, to) > 0)
            {
                return false;
            }

            value = new DateValue(from, to, DatePrecisionKind.Range);
            return true;
        }

        private static bool TryParsePart(string text, out Day start, out Day end, out DatePrecisionKind precision)
        {
            start = end = default;
            precision = DatePrecisionKind.Day;
            var parts = text.Split('-');
            if (parts.Length > 3 || parts[0].Length != 4)
            {
                return false;
            }

            var numbers = new int[parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                if ((i > 0 && parts[i].Length != 2)
                    || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
                {
                    return false;
                }
            }

            var year = numbers[0];
            if (year < 1)
            {
                return false;
            }

            if (parts.Length == 1)
            {
                start = new Day(year, 1, 1);
                end = new Day(year, 12, 31);
                precision = DatePrecisionKind.Year;
                return true;
            }

            var month = numbers[1];
            if (month is < 1 or > 12)
            {
                return false;
            }

            var days = DateTime.DaysInMonth(year, month);
            if (parts.Length == 2)
            {
                start = new Day(year, month, 1);
                end = new Day(year, month, days);
                precision = DatePrecisionKind.Month;
                return true;
            }

            if (numbers[2] < 1 || numbers[2] > days)
            {
                return false;
            }

            start = end = new Day(year, month, numbers[2]);
            return true;
        }

        private static int Compare(Day a, Day b)
            => a.Year != b.Year ? a.Year.CompareTo(b.Year) : a.Month != b.Month ? a.Month.CompareTo(b.Month) : a.DayOfMonth.CompareTo(b.DayOfMonth);
    }
}
