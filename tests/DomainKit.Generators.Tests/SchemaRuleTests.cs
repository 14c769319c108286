using DomainKit.Generators.Corpus.Schema;

namespace DomainKit.Generators.Tests;

/// <summary>
/// The rest of brat's annotation.conf grammar, one rule per test: repetition marks and their limits, the arguments
/// brat refuses, macros, <c>&lt;INHERIT&gt;</c>, storage names, brat's minimal configuration, the type tests the
/// linker asks, and brat's overlap rules.
/// </summary>
public class SchemaRuleTests
{
    [Theory]
    [InlineData("Theme:Person", 1, 1)]
    [InlineData("Theme?:Person", 0, 1)]
    [InlineData("Theme*:Person", 0, int.MaxValue)]
    [InlineData("Theme+:Person", 1, int.MaxValue)]
    [InlineData("Theme{3}:Person", 3, 3)]
    [InlineData("Theme{0-2}:Person", 0, 2)]
    [InlineData("Theme{2-2}:Person", 2, 2)]
    [InlineData("Theme1:Person", 1, 1)]
    [InlineData("Theme1?:Person", 0, 1)]
    public void A_role_repeats_as_its_mark_says(string argument, int minimum, int maximum)
    {
        var schema = Events("Ev\t" + argument);

        Assert.Empty(schema.Diagnostics);
        var role = Assert.Single(schema.FindEvent("Ev")!.Roles);
        Assert.Equal((minimum, maximum), (role.Minimum, role.Maximum));
        Assert.Equal((maximum > 1, minimum > 0), (role.AllowsMany, role.IsRequired));
        Assert.Equal(["Person"], role.Types);
    }

    [Theory]
    [InlineData("Ev\tTheme{3-2}:Person", "'{3-2}' in 'Theme{3-2}:Person' is not a valid number of repetitions")]
    [InlineData("Ev\tTheme{x}:Person", "'{x}' in 'Theme{x}:Person' is not a repetition {N} or {MIN-MAX}")]
    [InlineData("Ev\tTheme{-2}:Person", "'{-2}' in 'Theme{-2}:Person' is not a repetition {N} or {MIN-MAX}")]
    [InlineData("Ev\tTheme{1-x}:Person", "'{1-x}' in 'Theme{1-x}:Person' is not a repetition {N} or {MIN-MAX}")]
    [InlineData("Ev\tTheme{99999999999}:Person", "'{99999999999}' in 'Theme{99999999999}:Person' is not a repetition {N} or {MIN-MAX}")]
    [InlineData("Ev\tTheme{1-99999999999}:Person", "'{1-99999999999}' in 'Theme{1-99999999999}:Person' is not a repetition {N} or {MIN-MAX}")]
    [InlineData("Ev\tTheme1*:Person", "role 'Theme1' ends with a digit, so it cannot repeat (a second 'Theme1' would read as 'Theme12')")]
    [InlineData("Ev\tTheme1{1-2}:Person", "role 'Theme1' ends with a digit, so it cannot repeat")]
    [InlineData("Ev\tTheme:Person, Theme:Person", "role 'Theme' appears twice")]
    [InlineData("Ev\tTheme:Person|", "argument 'Theme:Person|' has an empty type")]
    [InlineData("Ev\tThemePerson", "argument 'ThemePerson' is not 'Role:Type|Type'")]
    [InlineData("Ev\t:Person", "argument ':Person' has no role name")]
    [InlineData("|", "the line names no type")]
    [InlineData("<ANY>=Person", "<ANY> is a reserved name and cannot be redefined")]
    [InlineData("!Ev\tTheme:<UNDEFINED>", "<UNDEFINED> is not a macro defined earlier in this section (macros are section-specific)")]
    [InlineData("Ev\tArg:Person, <INHERIT>", "<INHERIT> has no parent type to inherit from")]
    [InlineData("\tOrphan", "it is indented, but no type one level less indented comes before it")]
    public void An_argument_or_line_brat_refuses_drops_the_file_and_says_why(string line, string reason)
    {
        var schema = Events(line);

        var diagnostic = Assert.Single(schema.Diagnostics);
        Assert.Equal(("DK0038", 4), (diagnostic.Id, diagnostic.Span.Line));
        Assert.Contains($": {reason}", diagnostic.Message, StringComparison.Ordinal);
        AssertMinimal(schema);
    }

    [Fact]
    public void Brats_minimal_configuration_is_protein_events_an_equivalence_and_negation()
    {
        var schema = Events("Ev\tTheme{0}:Person");

        Assert.Contains("'{0}' in 'Theme{0}:Person' is not a valid number of repetitions", Assert.Single(schema.Diagnostics).Message, StringComparison.Ordinal);
        AssertMinimal(schema);
    }

    [Fact]
    public void Type_names_with_spaces_end_at_the_tab_as_in_brats_older_files_and_keep_their_arguments_and_parent()
    {
        var schema = Events("Old Event\tAgent:Person\n\tNew Child Name");

        Assert.Equal([("Old_Event", 1), ("New_Child_Name", 0)], schema.Events.Select(e => (e.Name, e.Roles.Count)));
        Assert.Equal("Agent", schema.FindEvent("Old_Event")!.Roles[0].Name);
        Assert.Equal([4, 4, 5, 5], schema.Diagnostics.Select(d => d.Span.Line));
        Assert.All(schema.Diagnostics, d => Assert.Equal("DK0026", d.Id));
    }

    [Fact]
    public void Children_inherit_their_parents_arguments_and_any_alternative_name_can_be_abstract()
    {
        var schema = Events("Parent|!Alias\tAgent:Person\n\tChild\tTheme:Place, <INHERIT>\n\t\tGrandchild\t<INHERIT>\n\tSibling");

        Assert.Empty(schema.Diagnostics);
        Assert.Equal([("Parent", true), ("Child", false), ("Grandchild", false), ("Sibling", false)], schema.Events.Select(e => (e.Name, e.Abstract)));
        Assert.Equal(["Theme", "Agent"], schema.FindEvent("Child")!.Roles.Select(r => r.Name));
        Assert.Equal(["Theme", "Agent"], schema.FindEvent("Grandchild")!.Roles.Select(r => r.Name));
        Assert.Empty(schema.FindEvent("Sibling")!.Roles);
    }

    [Fact]
    public void Macros_expand_in_later_lines_of_their_section_and_comments_and_separators_are_skipped()
    {
        var schema = Events("<HUMAN>= Person|Group \n# Ev\tTheme:Place\n  ---  \nEv\tAgent:<HUMAN>, Place:<ANY>");

        Assert.Empty(schema.Diagnostics);
        var ev = Assert.Single(schema.Events);
        Assert.Equal(["Person", "Group"], ev.Roles[0].Types);
        Assert.Equal(["<ANY>"], ev.Roles[1].Types);
    }

    [Fact]
    public void A_type_name_brat_cannot_store_is_stored_as_brat_stores_it_with_a_warning()
    {
        var schema = SchemaParser.Parse("annotation.conf", "[entities]\nPer.son\nA-b_9\nOld Name\tArg:X\n");

        Assert.Equal(["Per_son", "A-b_9", "Old_Name"], schema.Entities);
        Assert.Equal([("DK0026", 1), ("DK0026", 3), ("DK0026", 3)], schema.Diagnostics.Select(d => (d.Id, d.Span.Line)));
        Assert.EndsWith(": type 'Per.son' may hold only a-z, A-Z, 0-9, '_' and '-'; brat stores it as 'Per_son'", schema.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.EndsWith(": a type name holds a space; brat still reads it, but this form is deprecated", schema.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.EndsWith("brat stores it as 'Old_Name'", schema.Diagnostics[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Relation_kinds_split_at_dashes_overlap_kinds_at_bars_and_an_equiv_without_kinds_is_symmetric_and_transitive()
    {
        var schema = SchemaParser.Parse("annotation.conf", "[entities]\nA\nB\n[relations]\nEquiv\tArg1:A, Arg2:A\nSame\tArg1:A, Arg2:A, <REL-TYPE>:symmetric\n<OVERLAP>\tArg1:A, Arg2:B, <OVL-TYPE>:contain|cross\n!Abstract\tArg1:A, Arg2:A\n");

        Assert.Empty(schema.Diagnostics);
        Assert.Equal(["symmetric", "transitive"], schema.FindRelation("Equiv")!.RelationKinds);
        Assert.Equal(["symmetric"], schema.FindRelation("Same")!.RelationKinds);
        Assert.Equal(["contain", "cross"], schema.Relations[2].OverlapKinds);
        Assert.Null(schema.FindRelation("Abstract"));
        Assert.False(schema.IsRelation("<OVERLAP>"));
        Assert.Equal(["A"], schema.FindRelation("Same")!.TypesAt(1));
        Assert.Empty(schema.FindRelation("Same")!.TypesAt(2));
    }

    [Fact]
    public void Argument_types_accept_brats_wildcards_by_what_each_type_is()
    {
        var schema = SchemaParser.Parse("annotation.conf", "[entities]\nPerson\n[relations]\nRel\tArg1:Person, Arg2:Person\n[events]\nEv\tAgent:Person\n[attributes]\nNeg\tArg:<EVENT>\n");

        Assert.Equal((true, false, false), Accepts(schema, "<ENTITY>"));
        Assert.Equal((false, true, false), Accepts(schema, "<EVENT>"));
        Assert.Equal((false, false, true), Accepts(schema, "<RELATION>"));
        Assert.Equal((true, true, true), Accepts(schema, "<ANY>"));
        Assert.Equal((true, false, false), Accepts(schema, "Person"));
        Assert.False(schema.Accepts(new(["<ENTITY>", "<EVENT>", "<RELATION>"]), "Unknown"));
        Assert.Equal(["<EVENT>"], schema.FindAttributes("Neg").Single().Targets);
        Assert.Empty(schema.FindAttributes("Neg").Single().Values);
    }

    [Theory]
    [InlineData("", "Equal", false, false)]
    [InlineData("", "Contain", false, false)]
    [InlineData("<OVERLAP>\tArg1:A, Arg2:B, <OVL-TYPE>:contain", "Contain", true, false)]
    [InlineData("<OVERLAP>\tArg1:A, Arg2:B, <OVL-TYPE>:contain", "Equal", false, false)]
    [InlineData("<OVERLAP>\tArg1:A, Arg2:B, <OVL-TYPE>:equal", "Equal", true, true)]
    [InlineData("<OVERLAP>\tArg1:A, Arg2:B, <OVL-TYPE>:cross", "Cross", true, true)]
    [InlineData("<OVERLAP>\tArg1:A, Arg2:B, <OVL-TYPE>:cross", "Contain", false, false)]
    [InlineData("<OVERLAP>\tArg1:A, Arg2:B, <OVL-TYPE>:<ANY>", "Contain", true, true)]
    [InlineData("<OVERLAP>\tArg1:<ENTITY>, Arg2:B, <OVL-TYPE>:contain", "Contain", true, false)]
    [InlineData("ENTITY-NESTING\tArg1:A, Arg2:B", "Contain", true, false)]
    [InlineData("ENTITY-NESTING\tArg1:A, Arg2:B", "Cross", false, false)]
    [InlineData("ENTITY-NESTING\tArg1:A, Arg2:B\n<OVERLAP>\tArg1:A, Arg2:B, <OVL-TYPE>:cross", "Contain", false, false)]
    [InlineData("Other\tArg1:A, Arg2:B, <OVL-TYPE>:contain", "Contain", false, false)]
    public void Entity_spans_overlap_only_as_the_conf_allows(string rule, string overlap, bool inner, bool outer)
    {
        var kind = Enum.Parse<OverlapKind>(overlap);
        var schema = SchemaParser.Parse("annotation.conf", $"[entities]\nA\nB\nC\n[relations]\n{rule}\n");

        Assert.Equal((inner, outer), (OverlapRules.Allows(schema, kind, "A", "B"), OverlapRules.Allows(schema, kind, "B", "A")));
        Assert.False(OverlapRules.Allows(schema, kind, "A", "C") && !rule.Contains("<ENTITY>", StringComparison.Ordinal) && !rule.Contains("<ANY>", StringComparison.Ordinal));
    }

    private static (bool Entity, bool Event, bool Relation) Accepts(AnnotationSchema schema, string wildcard)
    {
        var allowed = new DomainKit.Generators.Common.EquatableArray<string>([wildcard]);
        return (schema.Accepts(allowed, "Person"), schema.Accepts(allowed, "Ev"), schema.Accepts(allowed, "Rel"));
    }

    private static AnnotationSchema Events(string lines)
        => SchemaParser.Parse("annotation.conf", $"[entities]\nPerson\nPlace\n[events]\n{lines}\n");

    [Fact]
    public void Only_an_Equiv_relation_without_a_relation_type_is_read_as_symmetric_and_transitive()
    {
        var schema = SchemaParser.Parse("annotation.conf", "[entities]\nA\n[relations]\nNear\tArg1:A, Arg2:A\nEquiv\tArg1:A, Arg2:A, <REL-TYPE>:symmetric\n");

        Assert.Empty(schema.Diagnostics);
        Assert.Empty(schema.FindRelation("Near")!.RelationKinds);
        Assert.Equal(["symmetric"], schema.FindRelation("Equiv")!.RelationKinds);
    }

    private static void AssertMinimal(AnnotationSchema schema)
    {
        Assert.Equal(["Protein"], schema.Entities);
        var ev = Assert.Single(schema.Events);
        Assert.Equal(("Event", false), (ev.Name, ev.Abstract));
        Assert.Equal([("Theme", 1, 1, "Protein")], ev.Roles.Select(r => (r.Name, r.Minimum, r.Maximum, string.Join("|", r.Types))));
        var equiv = Assert.Single(schema.Relations);
        Assert.Equal(("Equiv", false, "symmetric transitive"), (equiv.Name, equiv.Abstract, string.Join(" ", equiv.RelationKinds)));
        Assert.Equal([("Arg1", "Protein"), ("Arg2", "Protein")], equiv.Roles.Select(r => (r.Name, string.Join("|", r.Types))));
        Assert.Empty(equiv.OverlapKinds);
        var negation = Assert.Single(schema.Attributes);
        Assert.Equal(("Negation", "<EVENT>", 0), (negation.Name, string.Join("|", negation.Targets), negation.Values.Count));
    }
}
