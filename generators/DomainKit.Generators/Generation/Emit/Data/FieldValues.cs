using System;
using DomainKit.Compiled;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Values;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>How a model's values that are not strings, lists or references become a row's integers: dates and enum members.</summary>
    internal static class FieldValues
    {
        /// <summary>A date's fields (<see cref="DateFields"/>) at <paramref name="at"/> of <paramref name="row"/>.</summary>
        public static void Date(TableRows.Row row, int at, DateValue? date)
        {
            if (date is { } d)
            {
                row.Set(at + DateFields.StartDay, DayNumber(d.Start)).Set(at + DateFields.EndDay, DayNumber(d.End)).Set(at + DateFields.Precision, (int)d.Precision);
            }
            else
            {
                row.Set(at + DateFields.StartDay, 0).Set(at + DateFields.EndDay, 0).Set(at + DateFields.Precision, Refs.None);
            }
        }

        /// <summary>An enum member's value: the runtime's kinds are numbered from 0 in declaration order (a runtime test keeps them so).</summary>
        public static int EnumValue(EquatableArray<string> members, string? name)
        {
            for (var i = 0; i < members.Count; i++)
            {
                if (members[i] == name)
                {
                    return i;
                }
            }

            return Refs.None;
        }

        /// <summary>Days since 0001-01-01, as <c>DateOnly.DayNumber</c> counts them.</summary>
        public static int DayNumber(Day day) => (int)(new DateTime(day.Year, day.Month, day.DayOfMonth).Ticks / TimeSpan.TicksPerDay);
    }
}
