// Replaces the consumer's Program.cs in the analyzer test: constant values the contract forbids.
using ImageContracts;

var tooMany = new GptImage26Flare.GenerateRequest("A lighthouse") { N = 99 };
System.Console.WriteLine(tooMany.Validate().IsValid);
