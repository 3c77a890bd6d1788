namespace ImageContracts.Generator.Tests;

/// <summary>The snapshot comparison itself, on a scratch directory: an accept run rewrites the snapshots and still
/// reports what it changed (so the snapshot test fails), and only the run after it is clean.</summary>
public sealed class SnapshotAcceptTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "imagecontracts-snapshots-" + Guid.NewGuid().ToString("N"));

    public SnapshotAcceptTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "Same.g.cs.txt"), "a\nb\n");
        File.WriteAllText(Path.Combine(_dir, "Changed.g.cs.txt"), "a\nb\nc\n");
        File.WriteAllText(Path.Combine(_dir, "Stale.g.cs.txt"), "old\n");
    }

    private static Dictionary<string, string> Generated => new()
    {
        ["Same.g.cs.txt"] = "a\nb\n",
        ["Changed.g.cs.txt"] = "a\nB\nc\n",
        ["New.g.cs.txt"] = "new\n",
    };

    [Fact]
    public void A_compare_run_names_every_changed_missing_and_stale_file_and_writes_nothing()
    {
        var differences = SnapshotTests.CompareOrAccept(_dir, Generated, accept: false);

        Assert.Equal(
            ["Changed.g.cs.txt: differs from its snapshot at line 2", "New.g.cs.txt: generated but has no snapshot", "Stale.g.cs.txt: snapshot no longer generated"],
            differences);
        Assert.Equal("a\nb\nc\n", File.ReadAllText(Path.Combine(_dir, "Changed.g.cs.txt")));
        Assert.True(File.Exists(Path.Combine(_dir, "Stale.g.cs.txt")));
    }

    [Fact]
    public void An_accept_run_that_changes_snapshots_still_reports_the_changes_and_the_next_run_is_clean()
    {
        var accepted = SnapshotTests.CompareOrAccept(_dir, Generated, accept: true);

        Assert.Equal(3, accepted.Count);
        Assert.Equal(["Changed.g.cs.txt", "New.g.cs.txt", "Same.g.cs.txt"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("a\nB\nc\n", File.ReadAllText(Path.Combine(_dir, "Changed.g.cs.txt")));
        Assert.Empty(SnapshotTests.CompareOrAccept(_dir, Generated, accept: false));
        Assert.Empty(SnapshotTests.CompareOrAccept(_dir, Generated, accept: true));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
