using System.Text;

namespace DomainKit.Synthetic;

/// <summary>
/// Makes actors with realistic names. Every name and alias is checked against all keys made so far (ignoring
/// case, as the generator's name table does), so a corpus never has an ambiguous name (DK0024); ids are
/// lowercase letters and digits between single hyphens, so their PascalCase member names never collide (DK0020).
/// </summary>
internal sealed class ActorFactory(SyntheticRandom random)
{
    private const int MinNameLength = 5;
    private const int MaxNameLength = 40;
    private const int Attempts = 12;

    /// <summary>
    /// Ids whose PascalCase is a name the generated <c>Actors</c> class already uses (the generator's
    /// <c>MemberNames</c>); such an id would be renamed with DK0020.
    /// </summary>
    private static readonly HashSet<string> s_reservedIds = new(StringComparer.Ordinal)
    {
        "actors", "store", "table", "all", "try-get", "try-find", "index-of-id", "equals", "reference-equals",
        "get-hash-code", "to-string", "get-type", "memberwise-clone", "finalize",
    };

    private readonly HashSet<string> _keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private int _fallbackNumber;

    /// <summary>
    /// Makes one actor of <paramref name="kind"/>. People, countries, government bodies and media (two thirds of
    /// the actors) get a native-script name about one time in three, so about one name in five is non-ASCII.
    /// </summary>
    public SyntheticActor Create(string kind, string memberOf)
    {
        var native = random.Chance(35);
        var (name, latin) = (native ? UniqueName(() => Candidate(kind, native: true)) : null)
            ?? UniqueName(() => Candidate(kind, native: false))
            ?? Numbered(Candidate(kind, native: false).Latin);
        var aliases = new List<string>();
        if (name != latin)
        {
            TryAddAlias(aliases, latin);
        }

        if (random.Chance(45))
        {
            for (var i = 1 + random.Next(3); i > 0; i--)
            {
                TryAddAlias(aliases, AliasCandidate(kind, latin));
            }
        }

        var country = kind is "Intergovernmental" || random.Chance(10) ? "" : random.Pick(NameBank.CountryCodes);
        var role = kind == "Person" ? random.Pick(NameBank.Roles) : "";
        return new SyntheticActor(UniqueId(latin), name, kind, country, memberOf, role, aliases);
    }

    /// <summary>A free candidate of the right length, or null when <see cref="Attempts"/> draws were all taken.</summary>
    private (string Name, string Latin)? UniqueName(Func<(string Name, string Latin)> candidate)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var next = candidate();
            if (next.Name.Length is >= MinNameLength and <= MaxNameLength && _keys.Add(next.Name))
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>When even the Latin combinations are used up, a numbered name within 40 characters.</summary>
    private (string Name, string Latin) Numbered(string latin)
    {
        while (true)
        {
            var suffix = $" No. {++_fallbackNumber}";
            var stem = latin.Length + suffix.Length > MaxNameLength ? latin[..(MaxNameLength - suffix.Length)].TrimEnd() : latin;
            if (_keys.Add(stem + suffix))
            {
                return (stem + suffix, stem + suffix);
            }
        }
    }

    private void TryAddAlias(List<string> aliases, string alias)
    {
        if (alias.Length > 1 && _keys.Add(alias))
        {
            aliases.Add(alias);
        }
    }

    private (string Name, string Latin) Candidate(string kind, bool native) => kind switch
    {
        "Person" => PersonName(native),
        "Country" => native ? NativePlace() : Plain(string.Format(random.Pick(NameBank.CountryPatterns), Place())),
        "GovernmentBody" => GovernmentBodyName(native),
        "Military" => Plain($"{Ordinal(1 + random.Next(400))} {Place()} {random.Pick(NameBank.MilitaryUnits)}"),
        "ArmedGroup" => Plain(string.Format(random.Pick(NameBank.ArmedGroupPatterns), Place())),
        "Intergovernmental" => Plain(random.Pick(["{0}–{1} Joint Commission", "{0} Cooperation Council", "{0} and {1} Security Pact"]), Place(), Place()),
        "Media" => MediaName(native),
        "Ngo" => Plain($"{Place()} {random.Pick(NameBank.NgoNouns)}"),
        _ => Plain($"{random.Pick(NameBank.GroupNouns)} of {Place()}"),
    };

    private (string Name, string Latin) PersonName(bool native)
    {
        var (given, surnames) = native
            ? random.Pick(NameBank.NativeNameSets)
            : (NameBank.LatinGivenNames, NameBank.LatinSurnames);
        var parts = random.Chance(40)
            ? new[] { random.Pick(given), random.Pick(surnames) }
            : [random.Pick(given), random.Pick(given), random.Pick(surnames)];
        return (string.Join(' ', parts.Select(p => p.Native)), string.Join(' ', parts.Select(p => p.Latin)));
    }

    private (string Name, string Latin) GovernmentBodyName(bool native)
    {
        if (native)
        {
            var (latin, cyrillic, dari) = Town();
            return random.Next(3) switch
            {
                0 => ($"Пограничная служба {cyrillic}", $"Border Service of {latin}"),
                1 => ($"Ҳукумати {cyrillic}", $"Government of {latin}"),
                _ => ($"ولسوالی {dari}", $"{latin} District Office"),
            };
        }

        return random.Next(4) switch
        {
            0 => Plain($"{random.Pick(NameBank.CountryAdjectives)} Ministry of {random.Pick(NameBank.Fields)}"),
            1 => Plain($"{Place()} Department of {random.Pick(NameBank.Fields)}"),
            2 => Plain($"{Place()} Border Service"),
            _ => Plain($"Office of the {Place()} Governor"),
        };
    }

    private (string Name, string Latin) MediaName(bool native)
    {
        if (native)
        {
            var (latin, cyrillic, dari) = Town();
            return random.Next(3) switch
            {
                0 => ($"Новости {cyrillic}", $"{latin} News"),
                1 => ($"Овози {cyrillic}", $"Voice of {latin}"),
                _ => ($"رادیو {dari}", $"Radio {latin}"),
            };
        }

        return Plain($"{Place()} {random.Pick(NameBank.MediaNouns)}");
    }

    private string AliasCandidate(string kind, string latin) => kind switch
    {
        "Person" => random.Chance(50) ? latin[(latin.LastIndexOf(' ') + 1)..] : $"{random.Pick(NameBank.Titles)} {latin}",
        _ => random.Chance(60) ? Acronym(latin) : $"the {latin}",
    };

    private static string Acronym(string name)
        => string.Concat(name.Split([' ', '–', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));

    /// <summary>A real province (in Russian or Dari) or a made-up town in Cyrillic or Dari script, with its Latin name.</summary>
    private (string Name, string Latin) NativePlace()
    {
        if (random.Chance(20))
        {
            var region = NameBank.Regions[random.Next(NameBank.Regions.Length)];
            return (random.Chance(50) ? region.Russian : region.Dari, region.Latin);
        }

        var (latin, cyrillic, dari) = Town();
        return (random.Chance(50) ? cyrillic : dari, latin);
    }

    /// <summary>A real place one time in five, otherwise a made-up town, so large corpora do not run out of names.</summary>
    private string Place() => random.Next(5) switch
    {
        0 => NameBank.Regions[random.Next(NameBank.Regions.Length)].Latin,
        1 => random.Pick(NameBank.LatinOnlyPlaces),
        _ => Town().Latin,
    };

    private (string Latin, string Cyrillic, string Dari) Town()
    {
        var (prefix, link, suffix) = (random.Pick(NameBank.TownPrefixes), random.Pick(NameBank.TownLinks), random.Pick(NameBank.TownSuffixes));
        return (prefix.Latin + link.Latin + suffix.Latin, prefix.Cyrillic + link.Cyrillic + suffix.Cyrillic, prefix.Dari + link.Dari + "\u200c" + suffix.Dari);
    }

    private static (string Name, string Latin) Plain(string name) => (name, name);

    private static (string Name, string Latin) Plain(string pattern, string first, string second) => Plain(string.Format(pattern, first, second));

    private static string Ordinal(int n) => n % 100 is 11 or 12 or 13 ? $"{n}th" : (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" };

    private string UniqueId(string latin)
    {
        var slug = Slug(latin);
        if (!s_reservedIds.Contains(slug) && _ids.Add(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            if (_ids.Add($"{slug}-{n}"))
            {
                return $"{slug}-{n}";
            }
        }
    }

    /// <summary>Lowercase ASCII letters and digits; every other run of characters becomes one hyphen.</summary>
    private static string Slug(string latin)
    {
        var slug = new StringBuilder(latin.Length);
        foreach (var c in latin)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
