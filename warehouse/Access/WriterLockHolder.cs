
namespace CorrAnalytics.Warehouse.Access;

public sealed record WriterLockHolder(int ProcessId, string Command, DateTimeOffset Since);
