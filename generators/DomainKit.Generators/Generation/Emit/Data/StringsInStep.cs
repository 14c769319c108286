using System;
using System.Collections.Generic;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// Whether a table's string pool has added, so far, the strings a finished table's pool added (both on from copies of
    /// one catalogs' part: <see cref="StringPool.Added"/>), in the same order: then it holds what that pool held at the
    /// same point, with the same references, and what was written there can be copied from that table.
    /// </summary>
    internal sealed class StringsInStep
    {
        private readonly StringPool _pool;
        private readonly StringPool? _lastPool;
        private readonly IReadOnlyList<string>? _last;

        /// <summary>How many of the pool's added strings are known to be the last table's; -1 once one is not.</summary>
        private int _same;

        /// <param name="pool">The pool of the table being written, which has added no string yet: it looks strings up in the finished one's references while in step with it (<see cref="StringPool.ShareReferences"/>).</param>
        /// <param name="last">The finished table's pool; null if there is none to be in step with.</param>
        public StringsInStep(StringPool pool, StringPool? last)
        {
            _pool = pool;
            _lastPool = last;
            _last = last?.Added;
            _same = last is null ? -1 : 0;
            if (last is not null)
            {
                pool.ShareReferences(last);
            }
        }

        /// <summary>
        /// Whether the first <paramref name="count"/> strings the pool added are those the last table's added. Each is
        /// compared once (the strings of records left as they were are mostly the same objects), and once one differs the
        /// pool stays out of step.
        /// </summary>
        public bool Through(int count)
        {
            var added = _pool.Added;
            while (_same >= 0 && _same < count)
            {
                var same = _same < _last!.Count && string.Equals(added[_same], _last[_same], StringComparison.Ordinal);
                _same = same ? _same + 1 : -1;
            }

            return _same >= 0;
        }

        /// <summary>
        /// Adds the strings the last table's pool added from <paramref name="from"/> to <paramref name="to"/>, as copying what
        /// it wrote there adds them; the pool is in step up to <paramref name="from"/>, so none is looked up.
        /// </summary>
        public void Replay(int from, int to)
        {
            _pool.Replay(_lastPool!, from, to);
        }
    }
}
