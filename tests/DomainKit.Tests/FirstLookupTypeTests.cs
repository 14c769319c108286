using System.Collections.Immutable;
using System.Reflection;
using DomainKit.Compiled;

namespace DomainKit.Tests;

/// <summary>
/// What a process's first lookup by name loads. Loading a type loads the types of its fields that are structs, and their
/// assemblies: an <see cref="ImmutableArray{T}"/> field on any type the first lookup reaches loads
/// System.Collections.Immutable, a measurable part of the catalog's cold start (docs/benchmarks-log.md), before the
/// lookup used any of it. The public API still returns immutable arrays; these types keep plain arrays and wrap them.
/// </summary>
public class FirstLookupTypeTests
{
    public static TheoryData<Type> TypesOfTheFirstLookup =>
    [
        typeof(Dataset),
        typeof(ActorTable),
        typeof(RecordTable<Actor>),
        typeof(Actor),
        typeof(DataReader),
        typeof(HashIndex),
        typeof(KeyHash),
    ];

    [Theory]
    [MemberData(nameof(TypesOfTheFirstLookup))]
    public void No_field_of_a_type_the_first_lookup_loads_is_an_immutable_collection(Type type)
    {
        var immutable = typeof(ImmutableArray).Assembly;
        var fields = type.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly);
        Assert.NotEmpty(fields);
        Assert.Empty(fields.Where(f => TypesIn(f.FieldType).Any(t => t.Assembly == immutable)).Select(f => $"{type.Name}.{f.Name}: {f.FieldType}"));
    }

    [Fact]
    public void Aliases_wrap_the_array_they_were_given_so_equality_is_as_before()
    {
        var aliases = ImmutableArray.Create("Islamic Emirate", "IEA");
        var actor = new Actor { Id = "taliban", Name = "Taliban", Kind = ActorKind.ArmedGroup, Aliases = aliases };

        Assert.Equal(aliases, actor.Aliases);
        Assert.Equal(actor, actor with { });
        Assert.NotEqual(actor, actor with { Aliases = ["Islamic Emirate", "IEA"] });
        Assert.True(new Actor { Id = "a", Name = "A", Kind = ActorKind.Person }.Aliases is { IsDefault: false, IsEmpty: true });
        Assert.True(new Actor { Id = "a", Name = "A", Kind = ActorKind.Person, Aliases = default }.Aliases.IsDefault);
    }

    private static IEnumerable<Type> TypesIn(Type type)
        => type.IsGenericType ? type.GetGenericArguments().SelectMany(TypesIn).Prepend(type)
            : type.HasElementType ? TypesIn(type.GetElementType()!).Prepend(type)
            : [type];
}
