using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DomainKit.Generators.Common
{
    /// <summary>
    /// The names of the members the emitter writes into a corpus class, and the property names actors get
    /// beside them. The emitter writes those members with these constants, so an actor property can only clash
    /// with a member that this type knows of: the names an actor must avoid are derived from the same list.
    /// </summary>
    internal static class MemberNames
    {
        /// <summary>What a collision names as the owner when a generated member holds the wanted name.</summary>
        public const string GeneratedMember = "(generated member)";

        /// <summary>The nested class that holds the dataset, referred to unqualified from every query class.</summary>
        public const string Store = "Store";

        /// <summary>The corpus class's dataset and relations, and its nested class of compiled data.</summary>
        public const string Dataset = "Dataset", Relations = "Relations", Data = "Data";

        /// <summary>The nested query classes of documents, statements, border events and mentions (actors': <see cref="Actors"/>).</summary>
        public const string Documents = "Documents", Statements = "Statements", BorderEvents = "BorderEvents", Mentions = "Mentions";

        /// <summary>The nested class of actor queries and one property per actor.</summary>
        public const string Actors = "Actors";

        /// <summary>The runtime table behind a query class.</summary>
        public const string Table = "Table";

        /// <summary>Every record of a query class.</summary>
        public const string All = "All";

        /// <summary>Lookup by exact id.</summary>
        public const string TryGet = "TryGet";

        /// <summary>Actor lookup by name or alias.</summary>
        public const string TryFind = "TryFind";

        /// <summary>The generated key dispatch for ids.</summary>
        public const string IndexOfId = "IndexOfId";

        /// <summary>The tables of a generated perfect hash over ids: its slots and the ids themselves.</summary>
        public const string IdSlots = "IdSlots", IdKeys = "IdKeys";

        /// <summary>The generated name lookup (a perfect hash over names and aliases) and its tables: slots, keys, and each key's actor.</summary>
        public const string IndexOfName = "IndexOfName", NameSlots = "NameSlots", NameKeys = "NameKeys", NameActors = "NameActors";

        /// <summary>The last part of the notes' data file's name, <c>{Class}.Data.Notes.g.cs</c>.</summary>
        public const string Notes = "Notes";

        /// <summary>The nested classes of standoff type name constants: annotation (entity and event), relation and attribute types.</summary>
        public const string Types = "Types", RelationTypes = "RelationTypes", AttributeTypes = "AttributeTypes";

        /// <summary>
        /// Names the emitter gives members of the corpus class itself, which the class may not have (CS0542): its
        /// data (<see cref="Dataset"/>, <see cref="Relations"/>, the nested <see cref="Store"/> and <see cref="Data"/>) and
        /// the query classes.
        /// </summary>
        private static readonly HashSet<string> s_inCorpusClass = new(StringComparer.Ordinal)
        {
            Dataset, Relations, Store, Data, Actors, Documents, Statements, BorderEvents, Mentions, Types, RelationTypes, AttributeTypes,
        };

        /// <summary>
        /// Names an actor property may not take in the <see cref="Actors"/> class: the class itself (CS0542), every
        /// member the emitter declares there, the classes it refers to unqualified (a property would hide them), and
        /// <see cref="object"/>'s members (a property would hide them, CS0108).
        /// </summary>
        private static readonly HashSet<string> s_takenInActors = new(StringComparer.Ordinal)
        {
            Actors, Store, Table, All, TryGet, TryFind, IndexOfId, IdSlots, IdKeys, IndexOfName, NameSlots, NameKeys, NameActors,
            nameof(Equals), nameof(ReferenceEquals), nameof(GetHashCode), nameof(ToString), nameof(GetType), nameof(MemberwiseClone), "Finalize",
        };

        /// <summary>Names a type name constant may not take in its class: <see cref="object"/>'s members (CS0108).</summary>
        private static readonly string[] s_objectMembers =
        {
            nameof(Equals), nameof(ReferenceEquals), nameof(GetHashCode), nameof(ToString), nameof(GetType), nameof(MemberwiseClone), "Finalize",
        };

        /// <summary>Whether a corpus class of this name would clash with a member the emitter writes into it.</summary>
        public static bool IsGeneratedInCorpusClass(string className) => s_inCorpusClass.Contains(className);

        /// <summary>
        /// One property name per actor id, in the order given: the id in PascalCase, or with the first free suffix
        /// <c>_2</c>, <c>_3</c>, … when a generated member or an earlier actor has that name. Every renamed actor is
        /// listed in <paramref name="collisions"/> with the name it wanted and the earlier owner (an actor id, or
        /// <see cref="GeneratedMember"/>).
        /// </summary>
        public static string[] ForActors(IReadOnlyList<string> ids, List<NameCollision> collisions) => Unique(ids, s_takenInActors, collisions);

        /// <summary>
        /// One constant name per standoff type name of the class <paramref name="className"/>, as actors get theirs
        /// (PascalCase, <c>_2</c> on a clash): never the class's own name (CS0542) nor one of <see cref="object"/>'s members.
        /// </summary>
        public static string[] ForTypeNames(IReadOnlyList<string> typeNames, string className)
            => Unique(typeNames, new HashSet<string>(s_objectMembers, StringComparer.Ordinal) { className }, new List<NameCollision>());

        private static string[] Unique(IReadOnlyList<string> ids, HashSet<string> taken, List<NameCollision> collisions)
        {
            var names = new string[ids.Count];
            var owners = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < ids.Count; i++)
            {
                var wanted = ToPascalCase(ids[i]);
                var chosen = wanted;
                for (var n = 2; taken.Contains(chosen) || owners.ContainsKey(chosen); n++)
                {
                    chosen = wanted + "_" + n.ToString(CultureInfo.InvariantCulture);
                }

                if (chosen != wanted)
                {
                    collisions.Add(new NameCollision(i, owners.TryGetValue(wanted, out var owner) ? owner : GeneratedMember, wanted, chosen));
                }

                owners.Add(chosen, ids[i]);
                names[i] = chosen;
            }

            return names;
        }

        /// <summary>
        /// PascalCase from the letters and digits of <paramref name="id"/>; every other character separates
        /// words. A leading digit gets an underscore and an id without letters or digits becomes <c>_</c>, so the
        /// result is always a valid identifier (C# keywords are lower case, so none can come out).
        /// </summary>
        public static string ToPascalCase(string id)
        {
            var builder = new StringBuilder(id.Length);
            var upperNext = true;
            foreach (var c in id)
            {
                if (!char.IsLetterOrDigit(c) || char.IsSurrogate(c))
                {
                    upperNext = true;
                    continue;
                }

                if (builder.Length == 0 && char.IsDigit(c))
                {
                    builder.Append('_');
                }

                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }

            return builder.Length == 0 ? "_" : builder.ToString();
        }
    }
}
