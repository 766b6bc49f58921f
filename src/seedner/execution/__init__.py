"""Running the pipeline over inputs: the extractor, the run loop, --jobs, Dask, and the operations
behind each command."""
