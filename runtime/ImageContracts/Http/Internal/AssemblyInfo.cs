using System.Runtime.CompilerServices;

// The HTTP tests drive the SSE readers directly (split-stream property tests).
[assembly: InternalsVisibleTo("ImageContracts.Http.Tests")]
