
namespace CorrAnalytics.Reports.Layout;

public sealed record LaidOutPage(int Number, IReadOnlyList<PlacedBlock> Blocks)
{
    /// <summary>The last page of a part: a page break or the end of the document follows it.</summary>
    public bool EndsPart { get; init; }

    /// <summary>How far down the body the page's content reaches.</summary>
    public double Used => Blocks.Count == 0 ? 0 : Blocks.Max(b => b.Top + b.Block.Height);
}
