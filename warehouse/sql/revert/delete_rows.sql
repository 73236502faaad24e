-- The rows batch $1 loaded leave {target}; {target} comes from the file kind's fixed description.
delete from {target} where batch_id = $1
