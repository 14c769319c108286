using DomainKit.Generators.Common;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>A canonical actor. <see cref="MemberOf"/> is an index into the actor list, or -1.</summary>
    internal sealed record ActorModel
    {
        public required string Id { get; init; }

        public required string Name { get; init; }

        public required string Kind { get; init; }

        public required string? Country { get; init; }

        public required int MemberOf { get; init; }

        public required string? Role { get; init; }

        public required EquatableArray<string> Aliases { get; init; }

        public required string MemberName { get; init; }
    }
}
