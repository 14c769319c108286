using System;
using System.Collections.Generic;
using DomainKit.Compiled;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// Names and aliases compared as widely as any app's <see cref="StringComparison.OrdinalIgnoreCase"/> compares them:
    /// each character, or surrogate pair, by its <see cref="UnicodeCase.ToUpper(int)"/> (every Unicode version's case
    /// pairs, so a pair only a newer ICU or the invariant mode unites is reported on every machine, whatever the
    /// compiler's globalization: NLS on .NET Framework folds no astral letter). Keys equal here hash alike in the names'
    /// index.
    /// </summary>
    internal sealed class NameKeyComparer : IEqualityComparer<string>
    {
        public static NameKeyComparer Instance { get; } = new NameKeyComparer();

        private NameKeyComparer()
        {
        }

        public bool Equals(string? x, string? y)
        {
            if (x is null || y is null || x.Length != y.Length)
            {
                return ReferenceEquals(x, y);
            }

            for (var i = 0; i < x.Length; i++)
            {
                var xPair = i + 1 < x.Length && char.IsSurrogatePair(x[i], x[i + 1]);
                if (xPair != (i + 1 < y.Length && char.IsSurrogatePair(y[i], y[i + 1])))
                {
                    return false;
                }

                if (xPair)
                {
                    if (UnicodeCase.ToUpper(char.ConvertToUtf32(x[i], x[i + 1])) != UnicodeCase.ToUpper(char.ConvertToUtf32(y[i], y[i + 1])))
                    {
                        return false;
                    }

                    i++;
                }
                else if (UnicodeCase.ToUpper(x[i]) != UnicodeCase.ToUpper(y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The names' index's own hash of the whole key: characters by the same table, an astral case pair's halves alike.</summary>
        public int GetHashCode(string key) => (int)KeyHash.Whole(key.AsSpan(), KeyFold.IgnoreCaseExact);
    }
}
