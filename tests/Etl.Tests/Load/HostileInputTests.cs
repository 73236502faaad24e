using CorrAnalytics.Etl.Tests.Support;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Etl.Tests.Load;

/// <summary>Every file of the hostile corpus gets its outcome; nothing crashes and nothing is lost.</summary>
public class HostileInputTests
{
    public static TheoryData<HostileCase> Cases() => new(HostileCorpus.Cases());

    [Fact]
    public void The_corpus_holds_at_least_forty_files()
    {
        Assert.True(HostileCorpus.Cases().Count() >= 40);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_file_gets_its_outcome_and_is_archived(HostileCase hostile)
    {
        using var etl = new EtlHarness().Register();
        etl.Run();
        etl.DropBytes(hostile.FileName, hostile.Bytes());
        var outcome = etl.Run().Files.Single();

        Assert.True(hostile.Expected == outcome.Status.ToString().ToLowerInvariant(), $"{hostile.Id}: {outcome.Status} ({outcome.Message})");
        if (hostile.Expected == "quarantined")
        {
            if (hostile.Detail is not null)
                Assert.Contains(hostile.Detail, outcome.Message);
            var reason = Directory.GetFiles(Path.Combine(etl.DataDir, "quarantine"), "*.reason.txt", SearchOption.AllDirectories).Single();
            Assert.StartsWith(Path.Combine(etl.DataDir, "quarantine"), reason);
        }
        else if (hostile.Detail is not null)
            Assert.Contains(etl.Rejects(hostile.FileName), r => r.Rule == hostile.Detail);
        else
            Assert.Equal(0, outcome.Rejected);
        Assert.Equal(0, etl.Count("select count(*) from etl.batches where rows_read <> rows_loaded + rows_rejected"));
        var sha = etl.Session.Scalar<string>("select sha256 from etl.batches where batch_id = $1", outcome.BatchId)!;
        Assert.Single(Directory.GetFiles(Path.Combine(etl.DataDir, "archive", sha[..2]), sha + ".*"), f => !f.EndsWith(".json", StringComparison.Ordinal)); // the blob, beside its sidecar
        Assert.Empty(Directory.GetFiles(etl.Inbox));
        Assert.Equal(3, etl.Count("select count(*) from core.dim_facility")); // the register is untouched
    }
}
