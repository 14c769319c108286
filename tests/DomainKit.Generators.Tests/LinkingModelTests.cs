using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Corpus.Schema;
using DomainKit.Generators.Corpus.Standoff;
using DomainKit.Generators.Diagnostics;

namespace DomainKit.Generators.Tests;

/// <summary>The linker's small models on their own: runtime vocabulary, document context, type names, note diagnostics.</summary>
public class LinkingModelTests
{
    [Fact]
    public void A_catalog_value_is_its_member_or_the_one_member_equal_ignoring_case()
    {
        var names = new EquatableArray<string>(["Person", "Country", "NGO", "Ngo"]);

        Assert.Equal("Person", RuntimeVocabulary.ResolveCatalogValue(names, "Person"));
        Assert.Equal("Person", RuntimeVocabulary.ResolveCatalogValue(names, "pERSON"));
        Assert.Equal("Ngo", RuntimeVocabulary.ResolveCatalogValue(names, "Ngo"));
        Assert.Null(RuntimeVocabulary.ResolveCatalogValue(names, "ngo"));
        Assert.Null(RuntimeVocabulary.ResolveCatalogValue(names, "Persons"));
        Assert.True(RuntimeVocabulary.Contains(names, "NGO"));
        Assert.False(RuntimeVocabulary.Contains(names, "ngo"));
    }

    [Fact]
    public void The_vocabulary_of_a_loaded_runtime_lists_each_enum_in_value_order()
    {
        var vocabulary = CorpusPipeline.Vocabulary;

        Assert.Equal(Enum.GetNames<ActorKind>(), vocabulary.ActorKinds);
        Assert.Equal(Enum.GetNames<StatementKind>(), vocabulary.StatementKinds);
        Assert.Equal(Enum.GetNames<BorderEventKind>(), vocabulary.BorderEventKinds);
        Assert.Equal(Enum.GetNames<PloverEventType>(), vocabulary.PloverTypes);
        Assert.Equal(Enum.GetNames<QuantityBound>(), vocabulary.QuantityBounds);
    }

    [Fact]
    public void A_document_context_finds_actor_indices_by_ordinal_id_and_is_equal_by_value()
    {
        var schema = SchemaParser.Parse("/c/annotation.conf", "[entities]\nActor\n");
        var context = new DocumentContext(schema, new(["a", "b"]), new(["A", "B"]), CorpusPipeline.Vocabulary);

        Assert.Equal((0, 1, -1, -1), (context.ActorIndex("a"), context.ActorIndex("b"), context.ActorIndex("B"), context.ActorIndex("c")));
        Assert.Equal(context, new DocumentContext(schema, new(["a", "b"]), new(["A", "B"]), CorpusPipeline.Vocabulary));
        Assert.Equal(context.GetHashCode(), new DocumentContext(schema, new(["a", "b"]), new(["A", "B"]), CorpusPipeline.Vocabulary).GetHashCode());
        Assert.NotEqual(context, new DocumentContext(null, new(["a", "b"]), new(["A", "B"]), CorpusPipeline.Vocabulary));
        Assert.NotEqual(context, new DocumentContext(schema, new(["a", "c"]), new(["A", "B"]), CorpusPipeline.Vocabulary));
        Assert.NotEqual(context, new DocumentContext(schema, new(["a", "b"]), new(["A", "C"]), CorpusPipeline.Vocabulary));
        Assert.NotEqual(context, new DocumentContext(schema, new(["a", "b"]), new(["A", "B"]), CorpusPipeline.Vocabulary with { PloverTypes = EquatableArray<string>.Empty }));
        Assert.False(context.Equals((DocumentContext?)null));
        Assert.False(context.Equals("a"));
        Assert.True(context.Equals((object)context));
    }

    [Fact]
    public void Type_names_are_the_confs_concrete_types_and_the_used_ones_in_ordinal_order()
    {
        var schema = SchemaParser.Parse("/c/annotation.conf",
            "[entities]\nActor\nactor\n[relations]\nAbout\tArg1:Actor, Arg2:Actor\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n!Abstract\tArg1:Actor, Arg2:Actor\n"
            + "[events]\n!Movement\tAgent:Actor\nStatement\tSpeaker:Actor\n[attributes]\nDirect\tArg:Actor\n");
        var used = new StandoffLayerModel(0,
            new([new TextBoundModel("T1", "Place", new SpanModel(0, 1, "x", EquatableArray<Fragment>.Empty, 0)), new TextBoundModel("T2", "Actor", new SpanModel(0, 1, "x", EquatableArray<Fragment>.Empty, 0))]),
            new([new EventModel("E1", "Rally", 0, EquatableArray<EventArgumentModel>.Empty)]),
            new([new AttributeModel("A1", "Negated", new AnnotationRef(AnnotationKind.TextBound, 0), null)]),
            EquatableArray<NormalizationModel>.Empty,
            new([new AnnotationRelationModel("R1", "Near", "Arg1", new AnnotationRef(AnnotationKind.TextBound, 0), "Arg2", new AnnotationRef(AnnotationKind.TextBound, 1))]),
            EquatableArray<NoteModel>.Empty, EquatableArray<EquivalenceModel>.Empty);

        var names = StandoffTypeNames.From(schema, [used]);

        Assert.Equal(["Actor", "Place", "Rally", "Statement", "actor"], names.Annotations);
        Assert.Equal(["About", "Near"], names.Relations);
        Assert.Equal(["Direct", "Negated"], names.Attributes);
        Assert.Equal(new StandoffTypeNames(EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty), StandoffTypeNames.From(null, []));
    }

    [Fact]
    public void Diagnostics_on_a_note_line_go_apart_and_corpus_wide_ones_never_do()
    {
        var note = new SourceSpan("/c/doc.ann", 3, 0, 0, 5);
        var onNote = CorpusDiagnostic.Create(DiagnosticRules.DanglingReference, note with { Column = 4 }, "#1", "T9");
        var otherLine = CorpusDiagnostic.Create(DiagnosticRules.DanglingReference, note with { Line = 2 }, "E1", "T9");
        var otherFile = CorpusDiagnostic.Create(DiagnosticRules.DanglingReference, note with { Path = "/c/other.ann" }, "#1", "T9");
        var corpus = CorpusDiagnostic.Create(DiagnosticRules.EmptyCorpus, SourceSpan.Corpus("/c/doc.ann") with { Line = 3 }, "/c");

        var (others, onNotes) = DocumentLinkResult.SplitNoteDiagnostics([onNote, otherLine, otherFile, corpus], [note]);

        Assert.Equal([otherLine, otherFile, corpus], others);
        Assert.Equal([onNote], onNotes);
    }

    [Fact]
    public void A_document_without_text_has_no_layer_with_or_without_its_notes()
    {
        var missingText = CorpusDiagnostic.Create(DiagnosticRules.MissingText, SourceSpan.File("/c/doc.ann"), "doc.ann", "doc.txt");
        var onNote = CorpusDiagnostic.Create(DiagnosticRules.DanglingReference, new SourceSpan("/c/doc.ann", 3, 4, 0, 5), "#1", "T9");
        var result = new DocumentLinkResult
        {
            Mentions = EquatableArray<MentionModel>.Empty,
            Statements = EquatableArray<RecordOccurrence<StatementModel>>.Empty,
            BorderEvents = EquatableArray<RecordOccurrence<BorderEventModel>>.Empty,
            Relations = EquatableArray<RelationOccurrence>.Empty,
            Layer = null,
            Diagnostics = new([missingText]),
            NoteDiagnostics = new([onNote]),
        };

        var withoutNotes = result.WithoutNotes();

        Assert.Null(withoutNotes.Layer);
        Assert.Equal([missingText], withoutNotes.Diagnostics);
        Assert.Empty(withoutNotes.NoteDiagnostics);
    }
}
