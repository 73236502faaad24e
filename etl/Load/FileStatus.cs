namespace CorrAnalytics.Etl.Load;

/// <summary>What became of a file: loaded, a duplicate of loaded bytes, refused (quarantined), or failed.</summary>
public enum FileStatus { Loaded, Duplicate, Quarantined, Failed }
