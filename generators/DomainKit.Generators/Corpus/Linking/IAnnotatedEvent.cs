using System;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Values;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// One checked event annotation (an <c>E</c> line with its arguments, attributes and normalizations) as a record
    /// model reads its fields from it (<see cref="StatementModel.Read"/>): each value by the annotation's name (a role,
    /// an attribute, a normalization's database), found and checked by the linker, which reports what is wrong with
    /// it. So a model declares each field once with where it comes from, its merge rule and its place in the row.
    /// </summary>
    internal interface IAnnotatedEvent
    {
        /// <summary>The record's canonical id: the event's normalization of <paramref name="database"/>, else <c>document#E1</c>.</summary>
        string CanonicalId(string database);

        /// <summary>The actor of the last argument of <paramref name="role"/>; -1 when it has none or names no actor.</summary>
        int Actor(string role);

        /// <summary>The actors of every argument of <paramref name="role"/>, each once, in argument order.</summary>
        EquatableArray<int> Actors(string role);

        /// <summary>
        /// The actor of the last argument of <paramref name="role"/> as a list of one (a record's outlets, joined over its
        /// attestations); empty when there is none.
        /// </summary>
        EquatableArray<int> Via(string role);

        /// <summary>The event's own date normalization, else the first argument of <paramref name="role"/> with one.</summary>
        DateValue? Date(string role);

        /// <summary>The event's own border normalization, else the first argument of <paramref name="role"/> with one.</summary>
        BorderValue? Border(string role);

        /// <summary>The first count among the arguments of <paramref name="role"/> (its number, bound and unit).</summary>
        QuantityValue? Quantity(string role);

        /// <summary>The first place among the arguments of <paramref name="role"/>: an actor's canonical name, else the span's text.</summary>
        string? Place(string role);

        /// <summary>The places of every argument of <paramref name="role"/>, each once, in argument order.</summary>
        EquatableArray<string> Places(string role);

        /// <summary>
        /// The kind attribute's member name (one of the runtime enum's <paramref name="members"/>, named
        /// <paramref name="enumName"/> in a diagnostic), which every such record must have.
        /// </summary>
        string? Kind(string attribute, Func<RuntimeVocabulary, EquatableArray<string>> members, string enumName);

        /// <summary>An optional attribute naming a member of the runtime enum; a value the enum lacks is reported and left out.</summary>
        string? Member(string attribute, Func<RuntimeVocabulary, EquatableArray<string>> members, string enumName);

        /// <summary>The event's normalization of <paramref name="database"/> (its id there), if any.</summary>
        string? Normalization(string database);

        /// <summary>The quotes among the arguments of <paramref name="role"/>: valid <c>Quote</c> spans, direct when so marked.</summary>
        EquatableArray<QuoteModel> Quotes(string role);

        /// <summary>
        /// The document's one attestation of the record: its passage runs from the first to the last of its evidence (the
        /// trigger and the arguments of <paramref name="evidenceRole"/>, or every argument for null), with
        /// <paramref name="quotes"/> and the actor of the last argument of <paramref name="viaRole"/> (as <see cref="Via"/> reads it).
        /// </summary>
        EquatableArray<AttestationModel> Attestation(string? evidenceRole, EquatableArray<QuoteModel> quotes, string viaRole);
    }
}
