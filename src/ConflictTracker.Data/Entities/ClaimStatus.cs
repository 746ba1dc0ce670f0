namespace ConflictTracker.Data.Entities;

/// <summary>An editor's verdict on a claim; every claim starts unreviewed.</summary>
public enum ClaimStatus { Unreviewed, Verified, Disputed, Refuted, Retracted }
