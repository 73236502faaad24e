-- staging.file_name_code: a facility code as a production file name writes it ('/' cannot stand in a file name and becomes '-'; Warehouse.Files.FileNameCode in C#).
create or replace macro staging.file_name_code(code) as
    replace(code, '/', '-');
