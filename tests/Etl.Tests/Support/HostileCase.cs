using System.IO.Compression;

namespace CorrAnalytics.Etl.Tests.Support;

/// <summary>One hostile input and the outcome it must get: loaded (with a reject rule on a line, or none), or quarantined with a reason.</summary>
public sealed record HostileCase(string Id, string FileName, Func<byte[]> Bytes, string Expected, string? Detail = null)
{
    public override string ToString() => Id;
}
