namespace NrcGame.Silo.Hosting;

/// <summary>The data folder is locked by another running NRC Game; the message says so in French.</summary>
public sealed class DataFolderInUseException(string message, Exception inner) : Exception(message, inner);
