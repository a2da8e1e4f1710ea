from argmap.cli import entry

if __name__ == "__main__":  # not when a reading process of the editor imports the main module
    entry()
