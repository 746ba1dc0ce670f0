namespace ConflictTracker.Data.Queries;

public enum AnnotationKind { Location, Actor, Claim }
