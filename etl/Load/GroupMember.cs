namespace CorrAnalytics.Etl.Load;

/// <summary>A ready file in a load group, with the batch it is recorded as.</summary>
internal sealed record GroupMember(ReadyFile Ready, long BatchId);
