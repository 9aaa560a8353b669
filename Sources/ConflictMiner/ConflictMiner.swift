// The library as one module: `import ConflictMiner` gives every layer, as it did before the
// layers were targets of their own. Each layer imports only those below it, so the compiler
// checks that no stage reaches back:
//
//     ConflictMinerCore         text, tokens, entities and values, matching, numbers, data files,
//                               the Extractor protocol
//     ConflictMinerExtractors   DATE, CASUALTY, PLACE, GROUP (and the words they share)
//     ConflictMinerPipeline     the dimensions, the registry, the pipeline, the batch annotator
//     ConflictMinerEvents       event linking and records
//     ConflictMinerFormats      reading and writing documents, entities and events
//     ConflictMinerEvaluation   the scorers and their reports
@_exported import ConflictMinerCore
@_exported import ConflictMinerEvaluation
@_exported import ConflictMinerEvents
@_exported import ConflictMinerExtractors
@_exported import ConflictMinerFormats
@_exported import ConflictMinerPipeline
