using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Generation;
using DomainKit.Generators.Generation.Emit;
using DomainKit.Generators.Generation.Emit.Data;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DomainKit.Generators.Tests;

/// <summary>
/// The emitters' source text, parsed by Roslyn (never compiled, so each test takes milliseconds): every key dispatched
/// to its own record and every other key to none, every literal reading back as the data it holds, and every member
/// named and pointing where the model says.
/// </summary>
public sealed class EmitterSourceTests
{
    private static readonly CorpusDeclaration Declaration = new("Samples.News", "Border2021", "public", "Corpus/\"quoted\" \\ folder", true, CorpusPipeline.Vocabulary);

    public static TheoryData<string[]> KeySets => new()
    {
        { new[] { "taliban", "sahin", "tajikistan", "tass", "", "a", "b", "ab", "ba" } },
        // Six positions of two letters each: four switches deep leave groups the comparisons tell apart.
        { Enumerable.Range(0, 64).Select(i => string.Concat(Enumerable.Range(0, 6).Select(bit => (i >> bit & 1) == 1 ? 'y' : 'x'))).ToArray() },
        // Characters a literal must escape, the printable ASCII boundaries, non-ASCII and astral ones.
        { new[] { "'", "\\", "\"", " ", "~", "\u007f", "\u001f", "\t", "é", "Ж", "\U0001F600", "a'b", "a\\b", "a\"b", "\U0001F600\U0001F601", "\uFFFF" } },
        { Enumerable.Range(0, 40).Select(i => $"border-event-{i}").ToArray() },
    };

    [Theory]
    [MemberData(nameof(KeySets))]
    public void Every_key_dispatches_to_its_own_index_and_every_other_key_to_none(string[] keys)
    {
        var w = new SourceWriter();
        KeyDispatchEmitter.Emit(w, "The index of the key.", "IndexOfKey", keys.Select((key, index) => (key, index)).ToList());
        var dispatch = new DispatchInterpreter("static class C {\n" + w + "}", "IndexOfKey");

        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(i, dispatch.Run(keys[i]));
        }

        var indexOf = keys.Select((key, index) => (key, index)).ToDictionary(k => k.key, k => k.index, StringComparer.Ordinal);
        foreach (var probe in keys.SelectMany(NearMisses).Distinct())
        {
            Assert.Equal(indexOf.TryGetValue(probe, out var index) ? index : -1, dispatch.Run(probe));
        }
    }

    [Fact]
    public void A_dispatch_method_says_what_it_returns_and_takes_a_span()
    {
        var w = new SourceWriter();
        KeyDispatchEmitter.Emit(w, "The index of the record with this id (ordinal), or -1.", "IndexOfId", [("x", 0)]);
        var method = Parse("static class C {\n" + w + "}").DescendantNodes().OfType<MethodDeclarationSyntax>().Single();

        Assert.Equal("internal static int IndexOfId(global::System.ReadOnlySpan<char> key)", $"{method.Modifiers} {method.ReturnType} {method.Identifier}{method.ParameterList}");
        Assert.Contains("/// <summary>The index of the record with this id (ordinal), or -1.</summary>", method.GetLeadingTrivia().ToFullString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_standoff_type_is_a_constant_holding_its_own_name_in_its_class()
    {
        var names = new StandoffTypeNames(
            new EquatableArray<string>(["Actor", "Quote \"direct\"", "Border-Event", "border_event", "Types", "ToString", "Ж"]), new EquatableArray<string>(["Equiv", "<rel>"]), EquatableArray<string>.Empty);
        var (hintName, source) = CorpusEmitter.EmitTypes(Declaration, names);
        var root = Parse(source);

        Assert.Equal("Samples.News.Border2021.Types.g.cs", hintName);
        Assert.Equal(names.Annotations, Constants(root, "Types").Select(c => c.Value));
        Assert.Equal(names.Relations, Constants(root, "RelationTypes").Select(c => c.Value));
        Assert.Empty(Constants(root, "AttributeTypes"));
        Assert.Equal(MemberNames.ForTypeNames(names.Annotations, "Types"), Constants(root, "Types").Select(c => c.Name));
        foreach (var (name, _) in Constants(root, "Types").Concat(Constants(root, "RelationTypes")))
        {
            Assert.True(SyntaxFacts.IsValidIdentifier(name), name);
        }

        Assert.Contains("/// <summary><c>Quote \"direct\"</c>.</summary>", source, StringComparison.Ordinal);
        Assert.Contains("/// <summary><c>&lt;rel&gt;</c>.</summary>", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("small")]
    [InlineData("edges")]
    public void Every_corpus_file_is_named_after_its_class_and_parses(string name)
    {
        var corpus = WriterRuleCorpora.Linked(name);
        var files = CorpusSources.Of(Declaration, corpus).ToList();
        var tables = CorpusTableWriter.Write(corpus, CorpusPipeline.Vocabulary);

        Assert.Equal(
            [
                "Samples.News.Border2021.g.cs",
                .. Enumerable.Range(0, tables.Utf8Segments.Count).Select(i => $"Samples.News.Border2021.Data.Utf8Segment{i}.g.cs"),
                .. Enumerable.Range(0, tables.PackedIntSegments().Count).Select(i => $"Samples.News.Border2021.Data.PackedIntsSegment{i}.g.cs"),
                "Samples.News.Border2021.Data.Notes.g.cs",
                "Samples.News.Border2021.Actors.g.cs",
                "Samples.News.Border2021.Documents.g.cs",
                "Samples.News.Border2021.Statements.g.cs",
                "Samples.News.Border2021.BorderEvents.g.cs",
                "Samples.News.Border2021.Mentions.g.cs",
                "Samples.News.Border2021.Types.g.cs",
            ],
            files.Select(f => f.HintName));
        foreach (var (_, source) in files)
        {
            var root = Parse(source);
            Assert.StartsWith("// <auto-generated/>\n// Generated by DomainKit from the corpus folder \"Corpus/\\\"quoted\\\" \\\\ folder\". Do not edit.\n#nullable enable\n", source, StringComparison.Ordinal);
            Assert.Equal("Samples.News", root.DescendantNodes().OfType<FileScopedNamespaceDeclarationSyntax>().Single().Name.ToString());
            var corpusClass = root.DescendantNodes().OfType<ClassDeclarationSyntax>().First();
            Assert.Equal("public static partial Border2021", $"{corpusClass.Modifiers} {corpusClass.Identifier}");
        }
    }

    [Fact]
    public void A_corpus_class_in_the_global_namespace_gets_no_namespace()
    {
        var (_, source) = CorpusEmitter.EmitMentions(Declaration with { Namespace = null, Accessibility = "internal" });
        var root = Parse(source);

        Assert.Empty(root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>());
        Assert.Equal("internal static partial Border2021", $"{root.DescendantNodes().OfType<ClassDeclarationSyntax>().First().Modifiers} Border2021");
    }

    [Theory]
    [InlineData("small")]
    [InlineData("edges")]
    public void Every_segment_literal_holds_its_segment_and_the_data_class_returns_segment_i_for_i(string name)
    {
        var corpus = WriterRuleCorpora.Linked(name);
        var files = CorpusSources.Of(Declaration, corpus).ToDictionary(f => f.HintName, f => Parse(f.Source));
        var tables = CorpusTableWriter.Write(corpus, CorpusPipeline.Vocabulary);
        var notes = NoteTableWriter.Write(corpus);

        var segments = files.Where(f => f.Key.Contains(".Data.", StringComparison.Ordinal) && !f.Key.EndsWith(".Notes.g.cs", StringComparison.Ordinal))
            .SelectMany(f => Literals(f.Value))
            .ToDictionary(l => l.Member, l => l.Text, StringComparer.Ordinal);
        Assert.Equal(
            tables.Utf8SegmentTexts().Select((text, i) => ($"Utf8Segment{i}", text)).Concat(tables.PackedIntSegments().Select((text, i) => ($"PackedIntsSegment{i}", text))),
            segments.Select(s => (s.Key, s.Value)));

        var data = files["Samples.News.Border2021.g.cs"];
        Assert.Equal(Enumerable.Range(0, tables.Utf8Segments.Count).Select(i => (i, $"Utf8Segment{i}")), SegmentArms(data, "Utf8"));
        Assert.Equal(Enumerable.Range(0, tables.PackedIntSegments().Count).Select(i => (i, $"PackedIntsSegment{i}")), SegmentArms(data, "PackedInts"));
        Assert.Equal(tables.PackedIntSegments().Count.ToString(System.Globalization.CultureInfo.InvariantCulture), PropertyValue(data, "PackedIntSegments"));

        var noteData = files["Samples.News.Border2021.Data.Notes.g.cs"];
        Assert.Equal(
            notes.Utf8SegmentTexts().Select((text, i) => ($"Utf8Segment{i}", text)).Concat(notes.PackedIntSegments().Select((text, i) => ($"PackedIntsSegment{i}", text))),
            Literals(noteData));
        Assert.Equal(Enumerable.Range(0, notes.Utf8Segments.Count).Select(i => (i, $"Utf8Segment{i}")), SegmentArms(noteData, "Utf8"));
        Assert.Equal(Enumerable.Range(0, notes.PackedIntSegments().Count).Select(i => (i, $"PackedIntsSegment{i}")), SegmentArms(noteData, "PackedInts"));
    }

    [Fact]
    public void With_several_segments_the_data_classes_return_segment_i_for_each_i()
    {
        var data = Parse(CorpusEmitter.EmitData(new DataDirectoryModel(Declaration, 3, 2, EquatableArray<string>.Empty, DispatchedIdKinds: EquatableArray<string>.Empty)).Source);
        var notes = Parse(CorpusEmitter.EmitNotes(new NoteDataModel(Declaration, new EquatableArray<string>(["a", "é"]), new EquatableArray<string>(["?", "@", "A"]), EquatableArray<string>.Empty)).Source);

        Assert.Equal([(0, "Utf8Segment0"), (1, "Utf8Segment1"), (2, "Utf8Segment2")], SegmentArms(data, "Utf8"));
        Assert.Equal([(0, "PackedIntsSegment0"), (1, "PackedIntsSegment1")], SegmentArms(data, "PackedInts"));
        Assert.Equal("2", PropertyValue(data, "PackedIntSegments"));
        Assert.Equal([(0, "Utf8Segment0"), (1, "Utf8Segment1")], SegmentArms(notes, "Utf8"));
        Assert.Equal([(0, "PackedIntsSegment0"), (1, "PackedIntsSegment1"), (2, "PackedIntsSegment2")], SegmentArms(notes, "PackedInts"));
        Assert.Equal("3", PropertyValue(notes, "PackedIntSegments"));
        Assert.Equal([("Utf8Segment0", "a"), ("Utf8Segment1", "é"), ("PackedIntsSegment0", "?"), ("PackedIntsSegment1", "@"), ("PackedIntsSegment2", "A")], Literals(notes));
    }

    /// <summary>Past 16 segments the data class picks a group of 16, then the segment: every segment still comes back as itself.</summary>
    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void With_many_segments_the_data_class_returns_segment_i_through_its_group(int count)
    {
        var data = Parse(CorpusEmitter.EmitData(new DataDirectoryModel(Declaration, count, count + 1, EquatableArray<string>.Empty, DispatchedIdKinds: EquatableArray<string>.Empty)).Source);

        Assert.Equal(Enumerable.Range(0, count).Select(i => (i, $"Utf8Segment{i}")), SegmentArms(data, "Utf8"));
        Assert.Equal(Enumerable.Range(0, count + 1).Select(i => (i, $"PackedIntsSegment{i}")), SegmentArms(data, "PackedInts"));
        Assert.Equal(count > 16, data.DescendantNodes().OfType<MethodDeclarationSyntax>().Any(m => m.Identifier.ValueText == "Utf8Group0"));
    }

    [Fact]
    public void Fallback_strings_are_listed_in_reference_order_and_returned()
    {
        var model = new DataDirectoryModel(Declaration, 1, 1, new EquatableArray<string>(["\uD800", "a\uDC00\"", "\uD83D"]), DispatchedIdKinds: EquatableArray<string>.Empty);
        var (_, source) = CorpusEmitter.EmitData(model);
        var root = Parse(source);

        var fallback = root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.ValueText == "Fallback");
        Assert.Equal(model.FallbackStrings, fallback.DescendantNodes().OfType<LiteralExpressionSyntax>().Select(l => (string)l.Token.Value!));
        Assert.Equal("Fallback", PropertyValue(root, "FallbackStrings"));
        Assert.DoesNotContain("IdIndexer", source, StringComparison.Ordinal);

        var (_, withoutFallback) = CorpusEmitter.EmitData(model with { FallbackStrings = EquatableArray<string>.Empty });
        Assert.DoesNotContain("Fallback", withoutFallback, StringComparison.Ordinal);

        // Laid out as the members before them: each after a blank line, the override with its doc comment.
        var array = source.Split('\n').Single(line => line.Contains("string[] Fallback = [", StringComparison.Ordinal));
        const string end = "        };\n    }\n}";
        Assert.EndsWith(end + "\n", withoutFallback, StringComparison.Ordinal);
        Assert.Equal(
            withoutFallback.Replace(end, "        };\n\n" + array + "\n\n        /// <inheritdoc/>\n        public override global::System.ReadOnlySpan<string> FallbackStrings => Fallback;\n    }\n}", StringComparison.Ordinal),
            source);
    }

    [Theory]
    [InlineData("small")]
    [InlineData("edges")]
    public void Every_id_dispatches_to_its_record_and_each_kind_to_its_own_dispatch(string name)
    {
        var corpus = WriterRuleCorpora.Linked(name);
        var files = CorpusSources.Of(Declaration, corpus).ToDictionary(f => f.HintName, f => f.Source);

        var corpusClass = Parse(files["Samples.News.Border2021.g.cs"]);
        Assert.Equal(
            ["Actor => new KeyIndexer(IndexOfActorId)", "Document => new KeyIndexer(IndexOfDocumentId)", "Statement => new KeyIndexer(IndexOfStatementId)", "BorderEvent => new KeyIndexer(IndexOfBorderEventId)", "_ => null"],
            corpusClass.DescendantNodes().OfType<SwitchExpressionArmSyntax>()
                .Where(a => a.Expression.ToString().Contains("KeyIndexer", StringComparison.Ordinal) || a.Expression.ToString() == "null")
                .Select(a => a.ToString().Replace("global::DomainKit.Compiled.RecordKind.", "", StringComparison.Ordinal).Replace("global::DomainKit.Compiled.", "", StringComparison.Ordinal)));

        // Each delegate's instance method calls its own kind's dispatch.
        Assert.Equal(
            ["IndexOfActorId => Actors.IndexOfId(key)", "IndexOfDocumentId => Documents.IndexOfId(key)", "IndexOfStatementId => Statements.IndexOfId(key)", "IndexOfBorderEventId => BorderEvents.IndexOfId(key)"],
            corpusClass.DescendantNodes().OfType<MethodDeclarationSyntax>()
                .Where(m => m.Identifier.Text.StartsWith("IndexOf", StringComparison.Ordinal) && m.Modifiers.Any(SyntaxKind.PrivateKeyword))
                .Select(m => $"{m.Identifier.Text} {m.ExpressionBody}"));
        foreach (var (file, ids) in new[]
        {
            ("Actors", corpus.Actors.Select(a => a.Id)), ("Documents", corpus.Documents.Select(d => d.Id)),
            ("Statements", corpus.Statements.Select(s => s.Id)), ("BorderEvents", corpus.BorderEvents.Select(e => e.Id)),
        })
        {
            var source = files[$"Samples.News.Border2021.{file}.g.cs"];
            var dispatch = new CompiledDispatch(source, MemberNames.IndexOfId);
            var list = ids.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                Assert.Equal(i, dispatch.Run(list[i]));
                Assert.Equal(-1, dispatch.Run(list[i] + "x"));
            }

            var plan = PerfectHashPlan.Find(list, ignoreCase: false)!;
            Assert.Contains($"// Id lookup: a generated perfect hash ({(list.Count == 1 ? "1 key" : $"{list.Count} keys")}; {PerfectHashDispatchEmitter.Hashed(plan)} hashed into {1 << plan.SlotBits} slots); TryGet calls it, and so does Dataset (through CorpusData.IdIndexer).", source, StringComparison.Ordinal);

            // The generated class calls its dispatch itself; the dataset reaches the same method through the data class.
            Assert.Equal(
                ["var index = IndexOfId(id);", $"record = index < 0 ? null : Store.Dataset.{file}[index];", "return record is not null;"],
                Method(source, MemberNames.TryGet).Body!.Statements.Select(statement => statement.ToString()));
        }
    }

    [Fact]
    public void Ids_beyond_the_dispatch_limit_get_no_switch_anywhere()
    {
        var model = new RecordQueriesModel(Declaration, RecordKind.Statement, Compiled.Refs.MaxDispatchKeys + 1, DispatchIds: false, EquatableArray<string>.Empty);
        var (hintName, source) = CorpusEmitter.EmitQueries(model);

        Assert.Equal("Samples.News.Border2021.Statements.g.cs", hintName);
        Assert.DoesNotContain(MemberNames.IndexOfId, source, StringComparison.Ordinal);
        Assert.Contains($"// Id lookup: the key index in the data ({Compiled.Refs.MaxDispatchKeys + 1} keys; generated dispatch holds at most {Compiled.Refs.MaxDispatchKeys}: a perfect hash's slots hold a key's index in a byte, and a switch over more keys mispredicts with random keys).", source, StringComparison.Ordinal);
        Assert.Equal("Store.Dataset.Statements.TryGet(id, out record)", Method(source, MemberNames.TryGet).ExpressionBody!.Expression.ToString());
        var (_, data) = CorpusEmitter.EmitData(new DataDirectoryModel(Declaration, 1, 1, EquatableArray<string>.Empty, DispatchedIdKinds: EquatableArray<string>.Empty));
        Assert.DoesNotContain("IdIndexer", data, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("small")]
    [InlineData("edges")]
    public void Every_actor_property_is_the_actor_at_its_own_index(string name)
    {
        var corpus = WriterRuleCorpora.Linked(name);
        var (hintName, source) = CorpusEmitter.EmitActors(ActorQueriesModel.From(Declaration, corpus));
        var properties = Parse(source).DescendantNodes().OfType<PropertyDeclarationSyntax>()
            .Where(p => p.Type.ToString() == "global::DomainKit.Actor")
            .ToList();

        Assert.Equal("Samples.News.Border2021.Actors.g.cs", hintName);
        Assert.Equal(corpus.Actors.Select(a => a.MemberName), properties.Select(p => p.Identifier.ValueText));
        Assert.Equal(corpus.Actors.Select((_, i) => $"Store.Dataset.Actors[{i}]"), properties.Select(p => p.ExpressionBody!.Expression.ToString()));
        Assert.Equal(
            corpus.Actors.Select(a => $"/// <summary>{a.Name} (<c>{a.Id}</c>).</summary>"),
            properties.Select(p => p.GetLeadingTrivia().ToFullString().Trim()));
        var plan = PerfectHashPlan.Find(corpus.NameKeys.Select(k => k.Key).ToList(), ignoreCase: true)!;
        Assert.Contains($"// Name lookup: a generated perfect hash ({corpus.NameKeys.Count} keys; {PerfectHashDispatchEmitter.Hashed(plan)} hashed into {1 << plan.SlotBits} slots);", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("small")]
    [InlineData("edges")]
    public void Every_name_and_alias_finds_its_actor_in_any_casing_through_the_data_class(string name)
    {
        var corpus = WriterRuleCorpora.Linked(name);
        var (_, source) = CorpusEmitter.EmitActors(ActorQueriesModel.From(Declaration, corpus));
        var dispatch = new CompiledDispatch(source, MemberNames.IndexOfName);

        foreach (var key in corpus.NameKeys)
        {
            foreach (var spelling in new[] { key.Key, key.Key.ToUpperInvariant(), key.Key.ToLowerInvariant() })
            {
                Assert.Equal(key.Actor, dispatch.Run(spelling));
            }

            Assert.Equal(-1, dispatch.Run(key.Key + "x"));
        }

        var data = Parse(source).DescendantNodes().OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.ValueText == MemberNames.Data);
        Assert.Equal("private sealed partial", data.Modifiers.ToString());
        Assert.Equal("public override int? FindByName(global::System.ReadOnlySpan<char> nameOrAlias) => Actors.IndexOfName(nameOrAlias);", data.Members.Single().ToString());
        Assert.Equal(
            ["var index = IndexOfName(nameOrAlias);", "actor = index < 0 ? null : Store.Dataset.Actors[index];", "return actor is not null;"],
            Method(source, MemberNames.TryFind).Body!.Statements.Select(statement => statement.ToString()));
    }

    [Fact]
    public void Names_beyond_a_perfect_hash_get_the_key_index_alone()
    {
        var corpus = WriterRuleCorpora.Linked("small");
        var model = ActorQueriesModel.From(Declaration, corpus) with { NameKeyCount = PerfectHashPlan.MaxKeys + 1, DispatchedNames = EquatableArray<string>.Empty, NameActors = EquatableArray<int>.Empty };
        var (_, source) = CorpusEmitter.EmitActors(model);

        Assert.Contains($"// Name lookup: the key index in the data ({PerfectHashPlan.MaxKeys + 1} keys; a perfect hash holds at most {PerfectHashPlan.MaxKeys}", source, StringComparison.Ordinal);
        Assert.DoesNotContain(MemberNames.IndexOfName, source, StringComparison.Ordinal);
        Assert.DoesNotContain("FindByName", source, StringComparison.Ordinal);
        Assert.Equal("Store.Dataset.Actors.TryFind(nameOrAlias, out actor)", Method(source, MemberNames.TryFind).ExpressionBody!.Expression.ToString());
    }

    [Fact]
    public void Names_with_one_longer_than_a_slot_holds_get_the_key_index_alone()
    {
        var corpus = WriterRuleCorpora.Linked("small");
        string[] names = ["Taliban", new string('T', DomainKit.Compiled.PerfectHashSlotLayout.MaxKeyLength + 1)];
        var model = ActorQueriesModel.From(Declaration, corpus) with { NameKeyCount = 2, DispatchedNames = new EquatableArray<string>(names), NameActors = new EquatableArray<int>([0, 0]) };
        var (_, source) = CorpusEmitter.EmitActors(model);

        Assert.Contains("// Name lookup: the key index in the data (2 keys; a key is longer than the 255 code units a perfect hash's slot holds).", source, StringComparison.Ordinal);
        Assert.DoesNotContain(MemberNames.IndexOfName, source, StringComparison.Ordinal);
        Assert.Equal("Store.Dataset.Actors.TryFind(nameOrAlias, out actor)", Method(source, MemberNames.TryFind).ExpressionBody!.Expression.ToString());
    }

    [Fact]
    public void Each_query_file_routes_its_members_to_its_own_table()
    {
        var corpus = WriterRuleCorpora.Linked("small");
        foreach (var (kind, className, table) in new[] { (RecordKind.Document, "Documents", "Documents"), (RecordKind.Statement, "Statements", "Statements"), (RecordKind.BorderEvent, "BorderEvents", "BorderEvents") })
        {
            var (_, source) = CorpusEmitter.EmitQueries(RecordQueriesModel.From(Declaration, corpus, kind));
            var root = Parse(source);
            var queries = root.DescendantNodes().OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.ValueText == className);

            // The perfect hash's slots are data, not a member routed to a table.
            var routed = queries.Members.OfType<PropertyDeclarationSyntax>().Where(p => p.Identifier.ValueText != MemberNames.IdSlots).Select(p => p.ToString())
                .Concat(queries.Members.OfType<MethodDeclarationSyntax>().Where(m => m.Identifier.ValueText != MemberNames.IndexOfId).Select(m => (m.ExpressionBody?.Expression ?? (SyntaxNode)m.Body!).ToString()))
                .ToList();
            Assert.NotEmpty(routed);
            Assert.All(routed, member => Assert.Contains($"Store.Dataset.{table}", member, StringComparison.Ordinal));
        }

        var statements = Parse(CorpusEmitter.EmitQueries(RecordQueriesModel.From(Declaration, corpus, RecordKind.Statement)).Source);
        Assert.Equal(["TryGet", "IndexOfId", "BySpeaker", "In", "Between", "OfKind"], statements.DescendantNodes().OfType<MethodDeclarationSyntax>().Select(m => m.Identifier.ValueText));
        var events = Parse(CorpusEmitter.EmitQueries(RecordQueriesModel.From(Declaration, corpus, RecordKind.BorderEvent)).Source);
        Assert.Equal(["TryGet", "IndexOfId", "On", "In", "Between", "OfKind"], events.DescendantNodes().OfType<MethodDeclarationSyntax>().Select(m => m.Identifier.ValueText));
    }

    /// <summary>The one method of this name in <paramref name="source"/>.</summary>
    private static MethodDeclarationSyntax Method(string source, string name)
        => Parse(source).DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == name);

    /// <summary>Keys one edit away from <paramref name="key"/>: a character changed, dropped or added, another case.</summary>
    internal static IEnumerable<string> NearMisses(string key)
    {
        yield return key + "x";
        yield return "x" + key;
        yield return key.ToUpperInvariant();
        if (key.Length > 0)
        {
            yield return key[..^1];
            yield return key[1..];
            for (var i = 0; i < key.Length; i++)
            {
                yield return key[..i] + (char)(key[i] + 1) + key[(i + 1)..];
            }
        }
    }

    private static SyntaxNode Parse(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source);
        Assert.Empty(tree.GetDiagnostics());
        return tree.GetRoot();
    }

    /// <summary>The const string fields of the class <paramref name="className"/>: name and value, in order.</summary>
    private static List<(string Name, string Value)> Constants(SyntaxNode root, string className)
        => root.DescendantNodes().OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.ValueText == className)
            .Members.OfType<FieldDeclarationSyntax>()
            .Select(f => f.Declaration.Variables.Single())
            .Select(v => (v.Identifier.ValueText, (string)((LiteralExpressionSyntax)v.Initializer!.Value).Token.Value!))
            .ToList();

    /// <summary>Each <c>u8</c> literal property: its name and the text it holds.</summary>
    private static List<(string Member, string Text)> Literals(SyntaxNode root)
        => root.DescendantNodes().OfType<PropertyDeclarationSyntax>()
            .Where(p => p.ExpressionBody?.Expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.Utf8StringLiteralExpression })
            .Select(p => (p.Identifier.ValueText, ((LiteralExpressionSyntax)p.ExpressionBody!.Expression).Token.ValueText))
            .ToList();

    /// <summary>The arms of the <paramref name="method"/>(int segment) switch of the innermost class that has it: segment and member.</summary>
    /// <summary>
    /// The member each segment's arm returns. A method that picks a group first (<c>(segment &gt;&gt; 4) switch</c>) is
    /// followed to its group's method, and each of that method's segments must belong to the group its arm picks.
    /// </summary>
    private static List<(int Segment, string Member)> SegmentArms(SyntaxNode root, string method)
    {
        var methods = root.DescendantNodes().OfType<MethodDeclarationSyntax>().ToList();
        var dispatch = methods.Last(m => m.Identifier.ValueText == method);
        var arms = Arms(dispatch);
        if (((SwitchExpressionSyntax)dispatch.ExpressionBody!.Expression).GoverningExpression.ToString() == "segment")
        {
            return arms;
        }

        Assert.Equal("(segment >> 4)", ((SwitchExpressionSyntax)dispatch.ExpressionBody.Expression).GoverningExpression.ToString());
        var parent = dispatch.Parent!;
        return arms.SelectMany(group =>
        {
            Assert.Equal($"{method}Group{group.Segment}(segment)", group.Member);
            var segments = Arms(methods.Single(m => m.Parent == parent && m.Identifier.ValueText == $"{method}Group{group.Segment}"));
            Assert.All(segments, s => Assert.Equal(group.Segment, s.Segment >> 4));
            return segments;
        }).ToList();

        static List<(int Segment, string Member)> Arms(MethodDeclarationSyntax method)
            => ((SwitchExpressionSyntax)method.ExpressionBody!.Expression).Arms
                .Where(a => a.Pattern is ConstantPatternSyntax)
                .Select(a => ((int)((LiteralExpressionSyntax)((ConstantPatternSyntax)a.Pattern).Expression).Token.Value!, a.Expression.ToString()))
                .ToList();
    }

    private static string PropertyValue(SyntaxNode root, string property)
        => root.DescendantNodes().OfType<PropertyDeclarationSyntax>().Last(p => p.Identifier.ValueText == property).ExpressionBody!.Expression.ToString();
}
