select
    id as customer_id,
    first_name || ' ' || last_name as customer_name,
    signup_channel
from {{ ref('raw_customers') }}
