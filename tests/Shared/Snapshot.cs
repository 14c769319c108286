using System.Runtime.CompilerServices;
using System.Text;

namespace DomainKit.Testing;

/// <summary>
/// Snapshot assertions with Verify's file conventions (Verify itself cannot be restored here):
/// <c>{Class}.{Method}.verified.{ext}</c> is committed beside the test; on a mismatch the actual text goes to
/// <c>.received.{ext}</c> and the failure shows the first differing lines. Set <c>DOMAINKIT_ACCEPT_SNAPSHOTS=1</c>
/// to accept the received text as the new verified file.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "DOMAINKIT_ACCEPT_SNAPSHOTS";

    public static void Verify(string actual, string extension = "cs", [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
    {
        var (verifiedPath, receivedPath) = PathsOf(extension, testFile, testName);
        actual = actual.ReplaceLineEndings("\n");

        var verified = Read(verifiedPath);
        if (verified == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(verifiedPath)!);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail(verified is null
            ? $"No verified snapshot at {verifiedPath}. Review {receivedPath}; rerun with {AcceptVariable}=1 to accept it."
            : $"Snapshot mismatch: {verifiedPath}\n{Diff(verified, actual)}\nReceived text written to {receivedPath}; rerun with {AcceptVariable}=1 to accept it.");
    }

    /// <summary>
    /// Asserts that <paramref name="actual"/> is the verified snapshot of another test (<paramref name="testName"/> in
    /// <paramref name="testFile"/>), which owns it: nothing is written or accepted from here, so with
    /// <see cref="AcceptVariable"/> set the owner's output is accepted and this one is still checked against it.
    /// </summary>
    public static void AssertSameAs(string actual, string testFile, string testName, string extension = "cs")
    {
        var (verifiedPath, _) = PathsOf(extension, testFile, testName);
        var verified = Read(verifiedPath) ?? throw new FileNotFoundException("No verified snapshot", verifiedPath);
        actual = actual.ReplaceLineEndings("\n");
        Assert.True(verified == actual, $"Not the snapshot {verifiedPath}\n{Diff(verified, actual)}");
    }

    private static (string Verified, string Received) PathsOf(string extension, string testFile, string testName)
    {
        var stem = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots", $"{Path.GetFileNameWithoutExtension(testFile)}.{testName}");
        return ($"{stem}.verified.{extension}", $"{stem}.received.{extension}");
    }

    private static string? Read(string path) => File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;

    /// <summary>The first few differing lines, numbered, as '-' (verified) and '+' (received).</summary>
    internal static string Diff(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var builder = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(left.Length, right.Length) && shown < 10; i++)
        {
            var l = i < left.Length ? left[i] : null;
            var r = i < right.Length ? right[i] : null;
            if (l == r)
            {
                continue;
            }

            builder.AppendLine($"line {i + 1}:");
            if (l is not null)
            {
                builder.AppendLine("- " + l);
            }

            if (r is not null)
            {
                builder.AppendLine("+ " + r);
            }

            shown++;
        }

        return builder.ToString();
    }
}
